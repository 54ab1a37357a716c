/**
 * What the assessment capability publishes about a company to the capabilities built on it
 * (guidance, services, experts): one {@link jp.sukedachi.assessment.facts.CompanyFacts} query
 * result and the value types it is made of. Nothing else of assessment may be used from outside.
 */
package jp.sukedachi.assessment.facts;
