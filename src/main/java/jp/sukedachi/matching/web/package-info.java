/** Faces bean of the SME's service matches page (/sme/services.xhtml). */
package jp.sukedachi.matching.web;
