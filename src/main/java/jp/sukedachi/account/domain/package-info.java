/** Accounts, roles, the signed-in principal, API tokens and password hashing. */
package jp.sukedachi.account.domain;
