-- Rate limits (issue #10): Bucket4j token buckets shared by every instance through this table.
-- One row per key, e.g. 'login-client:203.0.113.7' or 'login-failures:203.0.113.7|a@b.jp'
-- (the e-mail part is a SHA-256, so the table holds no address). Bucket4j locks the row with
-- SELECT ... FOR UPDATE, reads and writes its serialized state, and sets expires_at (epoch
-- milliseconds) to when a full bucket would be refilled; rows past it are removed by the app.
CREATE TABLE rate_limit_bucket (
    id          TEXT    PRIMARY KEY CHECK (char_length(id) <= 200),
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX rate_limit_bucket_expires_ix ON rate_limit_bucket (expires_at);
