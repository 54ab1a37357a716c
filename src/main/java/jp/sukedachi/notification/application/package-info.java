/**
 * Use cases: notify an account (in-app row and outbox mail in the caller's transaction), read and
 * mark one's notifications, and relay due outbox mails to SMTP on a timer, once across instances.
 */
package jp.sukedachi.notification.application;
