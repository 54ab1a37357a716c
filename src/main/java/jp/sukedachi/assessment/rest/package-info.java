/** REST resources for the company profile, assets and the self-check; they translate, the application layer decides. */
package jp.sukedachi.assessment.rest;
