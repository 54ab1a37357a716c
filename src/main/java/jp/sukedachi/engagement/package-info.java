/** Engagement: an SME's inquiries to お助け隊 providers, with consent, and their threads. */
package jp.sukedachi.engagement;
