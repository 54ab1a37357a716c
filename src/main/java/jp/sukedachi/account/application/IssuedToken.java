package jp.sukedachi.account.application;

import java.time.Instant;

/** A bearer token as handed to the client once; only its hash is kept. */
public record IssuedToken(String token, Instant expiresAt) {}
