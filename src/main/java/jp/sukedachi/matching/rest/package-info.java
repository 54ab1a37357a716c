/** REST: {@code /api/v1/companies/{id}/service-matches} and a match's comparison. */
package jp.sukedachi.matching.rest;
