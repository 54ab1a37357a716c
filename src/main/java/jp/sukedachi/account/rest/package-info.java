/** REST endpoints for sign-up and bearer tokens, and the filter that checks tokens on every other call. */
package jp.sukedachi.account.rest;
