/**
 * What an SME should do next: the measure catalogue, the risk model, the budget-optimal plan
 * with its reasons, progress on the plan, SECURITY ACTION readiness and the policy draft.
 */
package jp.sukedachi.guidance;
