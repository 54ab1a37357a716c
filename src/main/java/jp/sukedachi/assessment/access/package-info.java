/**
 * Who may read or change which part of a company's data: its owner, an operator (logged), or an
 * account holding a live consent grant for that part (logged). Every service that loads a
 * company's data asks {@link jp.sukedachi.assessment.access.AccessPolicy} first.
 */
package jp.sukedachi.assessment.access;
