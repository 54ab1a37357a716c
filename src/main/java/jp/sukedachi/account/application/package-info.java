/** Use cases of accounts: sign up, authenticate with throttling, issue and revoke tokens, bootstrap the administrator. */
package jp.sukedachi.account.application;
