/** Faces: the owner's sharing page and the recipient's list of companies shared with it. */
package jp.sukedachi.sharing.web;
