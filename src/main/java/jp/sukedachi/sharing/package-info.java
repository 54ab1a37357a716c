/**
 * The shared view of a company: what a consent recipient (an expert, a service provider) or an
 * operator may read of it, and the owner's preview of exactly that. Built on assessment's facts
 * port and access policy, and on guidance's plan.
 */
package jp.sukedachi.sharing;
