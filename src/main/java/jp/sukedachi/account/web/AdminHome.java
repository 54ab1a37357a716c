package jp.sukedachi.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import jp.sukedachi.account.application.AccountService;
import jp.sukedachi.account.domain.Role;

/**
 * The operator's home (ADMIN only, by web.xml): how many accounts of each role exist, and the
 * operator tools there are today.
 */
@Named
@RequestScoped
public class AdminHome {
  @Inject AccountService accounts;

  private Map<Role, Long> counts;

  @PostConstruct
  void load() {
    counts = accounts.countByRole();
  }

  /** Every role, in the order of {@link Role}, with its number of accounts. */
  public List<Map.Entry<Role, Long>> getCounts() {
    return List.copyOf(counts.entrySet());
  }

  public long getTotal() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
