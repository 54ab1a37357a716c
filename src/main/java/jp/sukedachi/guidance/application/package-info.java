/** Use cases of guidance: propose a plan for a budget, mark progress, record residual risk, produce reports. */
package jp.sukedachi.guidance.application;
