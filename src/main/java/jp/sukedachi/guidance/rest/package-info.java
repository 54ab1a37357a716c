/** REST resources for the plan, progress, reports, SECURITY ACTION readiness and the read-only catalogue. */
package jp.sukedachi.guidance.rest;
