/** The notifications page and the unread count in every page's header. */
package jp.sukedachi.notification.web;
