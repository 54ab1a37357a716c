/** Rate-limit buckets kept in PostgreSQL (Bucket4j), shared by every instance. */
package jp.sukedachi.account.infrastructure;
