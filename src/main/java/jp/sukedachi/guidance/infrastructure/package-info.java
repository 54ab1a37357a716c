/** Adapters of the guidance capability: reading the catalogue from its tables, writing PDF, CSV and the policy draft. */
package jp.sukedachi.guidance.infrastructure;
