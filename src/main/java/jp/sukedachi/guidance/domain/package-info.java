/** Measure catalogue, threats, the risk model, the budget-optimal planner and its explanations; plain Java except the two progress entities. */
package jp.sukedachi.guidance.domain;
