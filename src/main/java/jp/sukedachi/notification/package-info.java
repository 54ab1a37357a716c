/**
 * Notifications: what the app tells an account, shown in the app and sent by e-mail through an
 * outbox that is retried until the mail goes out or gives up; the in-app notification never
 * depends on the mail. Sits just above account, so every capability above may notify.
 */
package jp.sukedachi.notification;
