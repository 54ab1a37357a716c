/**
 * REST endpoints for sign-up, bearer tokens and the caller's account, and the 401/403 answers of
 * {@code @RolesAllowed}. Tokens are checked by {@code account.security}'s authentication mechanism.
 */
package jp.sukedachi.account.rest;
