package jp.sukedachi.account.infrastructure;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
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

  /** Takes one token; empty when allowed, else how long until the next one. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Duration> take(String key, Limit limit) {
    ConsumptionProbe probe = bucket(key, limit).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Whether a token is there, without taking it; empty when there is, else how long until one is. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Optional<Duration> peek(String key, Limit limit) {
    EstimationProbe probe = bucket(key, limit).estimateAbilityToConsume(1);
    return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Deletes up to {@code batch} rows whose buckets are full again; returns how many. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int removeExpired(int batch) {
    return buckets.removeExpired(batch);
  }

  private BucketProxy bucket(String key, Limit limit) {
    BucketConfiguration configuration = BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
        .build();
    return buckets.builder().build(key, () -> configuration);
  }
}
