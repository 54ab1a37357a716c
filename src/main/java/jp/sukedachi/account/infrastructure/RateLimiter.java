package jp.sukedachi.account.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import jp.sukedachi.account.domain.Limit;
import jp.sukedachi.platform.DatabaseMigrator;

/**
 * Token buckets in the {@code rate_limit_bucket} table (Bucket4j's PostgreSQL proxy manager with
 * {@code SELECT ... FOR UPDATE}), so every instance behind the balancer counts against the same
 * buckets. Each call is its own short database transaction on its own connection, so the methods
 * run outside any container transaction (an enlisted connection could not commit on its own).
 * A row lives until its bucket would be full again; {@link #removeExpired} deletes older ones.
 */
@ApplicationScoped
public class RateLimiter {
  @Resource(lookup = DatabaseMigrator.DATASOURCE) DataSource dataSource;

  private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  @PostConstruct
  void connect() {
    buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
        .build();
  }

  /** What taking one token did: whether it was taken, how many are left, how long until the next. */
  public record Taking(boolean taken, long remaining, Duration retryAfter) {}

  /** Takes one token; empty when allowed, else how long until the next one. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Duration> take(String key, Limit limit) {
    Taking taking = tryTake(key, limit);
    return taking.taken() ? Optional.empty() : Optional.of(taking.retryAfter());
  }

  /** Takes one token if there is one, in one locked read-and-write of the bucket. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Taking tryTake(String key, Limit limit) {
    ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
    return new Taking(probe.isConsumed(), probe.getRemainingTokens(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Gives back a token taken earlier (never more than the bucket holds). */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void giveBack(String key, Limit limit) {
    bucket(key, limit).addTokens(1);
  }

  /** Deletes up to {@code batch} rows whose buckets are full again; returns how many. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int removeExpired(int batch) {
    return buckets.removeExpired(batch);
  }

  /** The bucket of this key, made with this limit when it has no row yet. */
  protected Bucket bucket(String key, Limit limit) {
    return buckets.builder().build(key, () -> configuration(limit));
  }

  /** {@code capacity} tokens, given back evenly over the period. */
  public static BucketConfiguration configuration(Limit limit) {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
        .build();
  }
}
