/**
 * Use cases of the directory: a provider registers its company, lists and revises services and
 * submits them; an operator reviews, suspends and reinstates; anyone signed in reads what is
 * published. {@link jp.sukedachi.directory.application.PublishedServices} is the query the
 * matcher reads.
 */
package jp.sukedachi.directory.application;
