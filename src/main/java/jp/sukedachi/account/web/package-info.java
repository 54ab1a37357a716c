/**
 * Login, sign-up, logout and the account and operator home screens. Which pages need which role
 * is declared in web.xml and enforced by the container through {@code account.security}.
 */
package jp.sukedachi.account.web;
