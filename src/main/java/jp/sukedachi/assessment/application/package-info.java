/** Use cases of the assessment: register and describe a company, record assets (also from CSV), take the self-check. */
package jp.sukedachi.assessment.application;
