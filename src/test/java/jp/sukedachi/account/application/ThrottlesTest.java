package jp.sukedachi.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.sukedachi.account.domain.Limit;
import jp.sukedachi.account.infrastructure.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in and sign-up limits with the same Bucket4j buckets as in production, held in memory
 * (the database only stores their state) and on a clock the test moves.
 */
class ThrottlesTest {
  private static final String OWNER = "owner@example.jp";

  /** Bucket4j's own local buckets on a hand-moved clock, and a scripted clean-up. */
  static final class MemoryLimiter extends RateLimiter {
    final AtomicLong nanos = new AtomicLong();
    final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    final Deque<Integer> removals = new ArrayDeque<>();
    final List<Integer> batches = new ArrayList<>();
    Runnable onRemove = () -> {};

    @Override
    protected Bucket bucket(String key, Limit limit) {
      TimeMeter meter = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
          return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
          return false;
        }
      };
      return buckets.computeIfAbsent(key, k -> Bucket.builder()
          .addLimit(RateLimiter.configuration(limit).getBandwidths()[0])
          .withCustomTimePrecision(meter).build());
    }

    @Override
    public int removeExpired(int batch) {
      batches.add(batch);
      onRemove.run();
      return removals.isEmpty() ? 0 : removals.poll();
    }

    void pass(Duration d) {
      nanos.addAndGet(d.toNanos());
    }
  }

  private final MemoryLimiter limiter = new MemoryLimiter();
  private final MovableClock clock = new MovableClock();
  private final Throttles throttles = throttles();
  private ExecutorService pool;

  private Throttles throttles() {
    Throttles t = new Throttles();
    t.limiter = limiter;
    t.clock = clock;
    t.loginPerClient = "30/PT1M";
    t.failuresPerClientAndAccount = "5/PT15M";
    t.failuresPerAccount = "10/PT15M";
    t.freshFailuresPerAccount = "100/PT15M";
    t.signUpPerClient = "10/PT1H";
    t.signUpMailsPerAddressAndClient = "3/P1D";
    t.signUpMailsPerAddress = "10/P1D";
    t.read();
    return t;
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-26T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @AfterEach
  void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** A wrong sign-in: the tokens taken before the hash are kept. */
  private boolean fails(String client, String email) {
    try {
      throttles.beforeLogin(client, email);
      return true;
    } catch (TooManyAttempts refused) {
      return false;
    }
  }

  private boolean signsIn(String client, String email) {
    try {
      throttles.succeeded(throttles.beforeLogin(client, email));
      return true;
    } catch (TooManyAttempts refused) {
      return false;
    }
  }

  @Test
  void thirtyParallelGuessesFromOneClientGetNoMoreThanTheFiveFailuresAllowed() throws Exception {
    pool = Executors.newFixedThreadPool(30);
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch allAsked = new CountDownLatch(30);
    CountDownLatch hashed = new CountDownLatch(1);
    AtomicInteger hashes = new AtomicInteger();
    List<Future<?>> guesses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      guesses.add(pool.submit(() -> {
        start.await();
        Throttles.LoginAttempt attempt = null;
        try {
          attempt = throttles.beforeLogin("203.0.113.7", OWNER);
        } catch (TooManyAttempts refused) {
          // refused before any hash
        }
        allAsked.countDown();
        if (attempt != null) {
          hashes.incrementAndGet();
          hashed.await(10, TimeUnit.SECONDS); // every guess is "hashing" at once
        }
        return null;
      }));
    }
    start.countDown();
    assertThat(allAsked.await(10, TimeUnit.SECONDS)).isTrue();
    hashed.countDown();
    for (Future<?> g : guesses) {
      g.get(10, TimeUnit.SECONDS);
    }
    assertThat(hashes.get()).as("passwords hashed for 30 simultaneous guesses").isEqualTo(5);
  }

  @Test
  void aRightPasswordGivesItsTokensBack() {
    for (int i = 0; i < 20; i++) {
      assertThat(signsIn("203.0.113.7", OWNER)).isTrue();
    }
    for (int i = 0; i < 5; i++) {
      assertThat(fails("203.0.113.7", OWNER)).as("failure %d", i + 1).isTrue();
    }
    assertThat(fails("203.0.113.7", OWNER)).as("the sixth failure within 15 minutes").isFalse();
    assertThat(signsIn("203.0.113.8", OWNER)).as("the owner from elsewhere").isTrue();
  }

  @Test
  void guessingFromManyNetworksIsBoundedAndNeverKeepsTheOwnerOut() {
    int allowed = 0;
    for (int network = 0; network < 100; network++) {
      for (int i = 0; i < 5; i++) {
        if (fails("198.51." + network + ".1", OWNER)) {
          allowed++;
        }
      }
    }
    assertThat(allowed).as("guesses let through from 100 networks, 5 tries each")
        .isLessThanOrEqualTo(10 + 100).isLessThan(500);
    assertThat(signsIn("203.0.113.7", OWNER)).as("the owner, who did not fail, gets in").isTrue();
    assertThat(signsIn("2001:db8:aa:1::5", OWNER)).as("and again from another network").isTrue();

    assertThat(fails("198.51.0.1", OWNER)).as("a network that failed here is refused").isFalse();
    limiter.pass(Duration.ofMinutes(15));
    assertThat(signsIn("198.51.0.1", OWNER)).as("after the period it may try again").isTrue();
  }

  @Test
  void guessesFromAThousandNetworksStayWithinTheAccountsTwoBuckets() {
    int allowed = 0;
    for (int network = 0; network < 1000; network++) {
      if (fails("2001:db8:" + Integer.toHexString(network) + ":1::1", OWNER)) {
        allowed++;
      }
    }
    assertThat(allowed).as("the account's 10 failures and 100 from networks that had not failed here")
        .isEqualTo(110);
    limiter.pass(Duration.ofMinutes(15));
    assertThat(signsIn("203.0.113.7", OWNER)).as("the buckets refill with time").isTrue();
  }

  @Test
  void aStrangerGetsThreeSignUpMailsADayForOneAddress() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttles.maySendSignUpMail(OWNER, "198.51.100.1")).isTrue();
    }
    limiter.pass(Duration.ofHours(2));
    assertThat(throttles.maySendSignUpMail(OWNER, "198.51.100.1")).as("not one more two hours later").isFalse();
  }

  @Test
  void theOwnerWhoFailsOnceAmongGuessersWaitsNoLongerThanThePeriod() {
    for (int network = 0; network < 3; network++) {
      for (int i = 0; i < 5; i++) {
        fails("198.51." + network + ".1", OWNER);
      }
    }
    assertThat(fails("203.0.113.7", OWNER)).as("the owner's first typo is let through").isTrue();
    assertThatThrownBy(() -> throttles.beforeLogin("203.0.113.7", OWNER))
        .isInstanceOf(TooManyAttempts.class)
        .satisfies(e -> assertThat(((TooManyAttempts) e).retryAfterSeconds()).isBetween(1L, 15 * 60L));
    limiter.pass(Duration.ofMinutes(15));
    assertThat(signsIn("203.0.113.7", OWNER)).isTrue();
  }

  @Test
  void anotherAccountIsNotAffectedByGuessingAtThisOne() {
    for (int network = 0; network < 5; network++) {
      for (int i = 0; i < 5; i++) {
        fails("198.51." + network + ".1", OWNER);
      }
    }
    assertThat(fails("198.51.0.1", "someone@example.jp")).isTrue();
  }

  @Test
  void everyAddressOfOneIpv6SlashSixtyFourCountsAsOneClient() {
    for (int i = 1; i <= 5; i++) {
      assertThat(fails("2001:db8:1:2::" + Integer.toHexString(i), OWNER)).isTrue();
    }
    assertThat(fails("2001:db8:1:2:ffff::77", OWNER)).as("a sixth address of the same /64").isFalse();
    assertThat(fails("::ffff:203.0.113.9", OWNER)).isTrue();
    for (int i = 0; i < 4; i++) {
      fails("203.0.113.9", OWNER);
    }
    assertThat(fails("203.0.113.9", OWNER)).as("IPv4-mapped and plain IPv4 are one client").isFalse();
  }

  @Test
  void sixtyAttemptsAMinuteFromOneSlashSixtyFourAreNotAllowed() {
    int allowed = 0;
    for (int i = 1; i <= 60; i++) {
      if (signsIn("2001:db8:9:9::" + Integer.toHexString(i), "user" + i + "@example.jp")) {
        allowed++;
      }
    }
    assertThat(allowed).isEqualTo(30);
  }

  @Test
  void aStrangerCannotUseUpTheOwnersSignUpMails() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttles.maySendSignUpMail(OWNER, "198.51.100.1")).isTrue();
    }
    assertThat(throttles.maySendSignUpMail(OWNER, "198.51.100.1")).as("the stranger's fourth").isFalse();
    assertThat(throttles.maySendSignUpMail(" Owner@Example.JP ", "203.0.113.7")).as("the owner's own").isTrue();
  }

  @Test
  void aMailboxGetsAtMostTenSignUpMailsADayFromAllNetworks() {
    int sent = 0;
    for (int network = 0; network < 20; network++) {
      if (throttles.maySendSignUpMail(OWNER, "198.51." + network + ".1")) {
        sent++;
      }
    }
    assertThat(sent).isEqualTo(10);
    assertThat(throttles.maySendSignUpMail("other@example.jp", "198.51.0.1")).isTrue();
  }

  @Test
  void theCleanUpDeletesBatchAfterBatchUntilOneIsSmaller() {
    limiter.removals.addAll(List.of(1000, 1000, 1000, 12, 1000));
    assertThat(throttles.removeExpired()).isEqualTo(3012);
    assertThat(limiter.batches).hasSize(4);
  }

  @Test
  void theCleanUpStopsAfterItsTimeEvenWhenRowsRemain() {
    for (int i = 0; i < 100; i++) {
      limiter.removals.add(1000);
    }
    limiter.onRemove = () -> clock.now = clock.now.plusSeconds(10);
    throttles.removeExpired();
    assertThat(limiter.batches).hasSizeBetween(2, 4);
  }
}
