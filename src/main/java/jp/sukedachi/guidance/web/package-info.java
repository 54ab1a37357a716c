/** The SME's plan screen: what-if budget, phased roadmap with reasons, progress, downloads. */
package jp.sukedachi.guidance.web;
