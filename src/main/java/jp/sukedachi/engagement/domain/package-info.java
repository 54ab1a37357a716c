/** Inquiries and their messages, the thread's status rules and the rules for what an SME may write. */
package jp.sukedachi.engagement.domain;
