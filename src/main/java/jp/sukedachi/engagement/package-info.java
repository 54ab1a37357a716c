/**
 * Engagement: an SME's inquiries to お助け隊 providers, with consent, and their threads; its
 * requests for a shared expert's hours (held so they cannot be double-booked, passed on when
 * declined, reported and rated) and the operator's fair allocation of scarce hours.
 */
package jp.sukedachi.engagement;
