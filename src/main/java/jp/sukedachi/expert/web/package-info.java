/** The expert's pages (profile, slots) and the operator's verification queue. */
package jp.sukedachi.expert.web;
