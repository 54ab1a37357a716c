/** The caller's notifications under {@code /api/v1/notifications}. */
package jp.sukedachi.notification.rest;
