/** REST: the shared view for recipients, and the owner's preview of a grant. */
package jp.sukedachi.sharing.rest;
