/** Who uses Sukedachi: accounts, roles, sign-up, login sessions and REST bearer tokens. */
package jp.sukedachi.account;
