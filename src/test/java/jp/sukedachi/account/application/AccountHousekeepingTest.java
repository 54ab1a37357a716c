package jp.sukedachi.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.junit.jupiter.api.Test;

/**
 * A failing delete must stay a logged warning: run inside one container transaction, the failed
 * sign-up delete would mark it for rollback and the timer would still end in an error at commit,
 * undoing the bucket clean-up with it. So the timer runs outside any transaction and each delete
 * is its own.
 */
class AccountHousekeepingTest {
  @Test
  void theTimerRunsOutsideAContainerTransactionSoEachDeleteIsItsOwn() throws Exception {
    TransactionAttribute onClass = AccountHousekeeping.class.getAnnotation(TransactionAttribute.class);
    TransactionAttribute onMethod = AccountHousekeeping.class.getDeclaredMethod("clean").getAnnotation(TransactionAttribute.class);
    TransactionAttribute effective = onMethod != null ? onMethod : onClass;
    assertThat(effective).isNotNull();
    assertThat(effective.value()).isEqualTo(TransactionAttributeType.NOT_SUPPORTED);
  }

  @Test
  void aFailedBucketCleanUpDoesNotStopTheSignUpCleanUp() {
    AccountHousekeeping housekeeping = new AccountHousekeeping();
    ThrottlesTest.MemoryLimiter limiter = new ThrottlesTest.MemoryLimiter();
    limiter.onRemove = () -> {
      throw new IllegalStateException("database away");
    };
    Throttles throttles = new Throttles();
    throttles.limiter = limiter;
    throttles.clock = java.time.Clock.systemUTC();
    housekeeping.throttles = throttles;
    int[] signUpCleanUps = {0};
    housekeeping.accounts = new AccountService() {
      @Override
      public int removeExpiredSignUps() {
        signUpCleanUps[0]++;
        throw new IllegalStateException("database away");
      }
    };
    housekeeping.clean();
    assertThat(signUpCleanUps[0]).isEqualTo(1);
  }
}
