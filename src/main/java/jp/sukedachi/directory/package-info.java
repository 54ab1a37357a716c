/**
 * The お助け隊 service directory: provider companies, their service listings, the service
 * standard they must meet, the operators' verification of each revision, and the published
 * services other capabilities (matching) read through {@code application.PublishedServices}.
 */
package jp.sukedachi.directory;
