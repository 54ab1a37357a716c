/**
 * The notification and outbox entities, and the plain-Java rules around them: the retry policy,
 * the bilingual mail composition with its guards against header injection, and in-app links.
 */
package jp.sukedachi.notification.domain;
