/**
 * Inquiries and their messages, the thread's status rules and the rules for what an SME may write;
 * expert engagements and their statuses.
 */
package jp.sukedachi.engagement.domain;
