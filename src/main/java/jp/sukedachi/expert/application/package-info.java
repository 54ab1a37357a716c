/** Profiles, verification, slots and renewal watch, shared by the REST API and the web pages. */
package jp.sukedachi.expert.application;
