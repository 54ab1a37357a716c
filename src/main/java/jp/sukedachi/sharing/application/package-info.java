/** Composes the shared view of a company from the parts the access policy allows. */
package jp.sukedachi.sharing.application;
