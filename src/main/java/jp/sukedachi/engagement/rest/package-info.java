/** {@code /api/v1/inquiries}: inquiries and their threads for SMEs and providers. */
package jp.sukedachi.engagement.rest;
