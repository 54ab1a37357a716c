/** Login, sign-up and logout screens, and the filter that keeps pages to signed-in users of the right role. */
package jp.sukedachi.account.web;
