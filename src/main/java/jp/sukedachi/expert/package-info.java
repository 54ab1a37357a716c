/**
 * Shared security experts: profiles of registered specialists (登録セキスペ) with the hours and
 * slots they offer to SMEs, the operator's verification of their registration, and the lapse of a
 * registration whose renewal deadline has passed.
 */
package jp.sukedachi.expert;
