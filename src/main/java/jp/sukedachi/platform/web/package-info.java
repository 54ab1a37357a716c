/** Web-UI plumbing shared by all screens: language, error messages, page access, security headers. */
package jp.sukedachi.platform.web;
