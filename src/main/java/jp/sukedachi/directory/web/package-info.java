/** The provider's pages (company, services with live checks against the standard, history) and the operators' review queue. */
package jp.sukedachi.directory.web;
