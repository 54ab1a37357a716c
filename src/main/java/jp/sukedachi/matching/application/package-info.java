/** Use cases: a company's service matches and one match's with/without plan comparison, behind the access policy. */
package jp.sukedachi.matching.application;
