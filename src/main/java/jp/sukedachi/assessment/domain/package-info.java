/** Company, size classification, IT and information assets and the 自社診断 sheet; the algorithms are plain Java. */
package jp.sukedachi.assessment.domain;
