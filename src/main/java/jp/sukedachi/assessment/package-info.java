/**
 * An SME's picture of itself: company profile and size class, IT and information assets, and
 * IPA's 25-item 自社診断 with its score history.
 */
package jp.sukedachi.assessment;
