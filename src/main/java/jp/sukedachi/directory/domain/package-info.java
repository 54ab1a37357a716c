/**
 * Providers, listed services with immutable revisions and their history; the お助け隊 service
 * standard ({@link jp.sukedachi.directory.domain.ServiceStandard}), the 法人番号 check digit and
 * the published-service record are plain Java.
 */
package jp.sukedachi.directory.domain;
