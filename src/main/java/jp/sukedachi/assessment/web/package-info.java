/** The SME's screens: home, company profile, assets, the self-check and its results. */
package jp.sukedachi.assessment.web;
