/**
 * Matching an SME to the published お助け隊 services that reach it: hard filters that say why,
 * the price for the company's own devices net of the IT導入補助金, and the risk each service
 * removes on the plan's own risk model.
 */
package jp.sukedachi.matching;
