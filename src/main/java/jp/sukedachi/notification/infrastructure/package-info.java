/** Jakarta Mail: the SMTP session built from MicroProfile Config, and sending one message. */
package jp.sukedachi.notification.infrastructure;
