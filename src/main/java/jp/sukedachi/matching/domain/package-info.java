/**
 * The matchers in plain Java: {@link jp.sukedachi.matching.domain.ServiceMatcher} takes a
 * company, its plan and the published services and returns ranked, explained matches and the
 * excluded services with the filter that excluded each; {@link
 * jp.sukedachi.matching.domain.ExpertMatcher} ranks verified experts for a company's open plan
 * items, explains each, says why nobody fits and what is offered instead.
 */
package jp.sukedachi.matching.domain;
