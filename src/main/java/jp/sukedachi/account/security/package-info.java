/**
 * Who is calling, for both channels, through Jakarta Security: one authentication mechanism that
 * knows REST callers by their bearer token and web users by their signed-in session, and the role
 * names that {@code @RolesAllowed} and web.xml check.
 */
package jp.sukedachi.account.security;
