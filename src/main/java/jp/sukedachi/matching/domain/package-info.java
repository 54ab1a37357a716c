/**
 * The service matcher in plain Java: {@link jp.sukedachi.matching.domain.ServiceMatcher} takes a
 * company, its plan and the published services and returns ranked, explained matches and the
 * excluded services with the filter that excluded each.
 */
package jp.sukedachi.matching.domain;
