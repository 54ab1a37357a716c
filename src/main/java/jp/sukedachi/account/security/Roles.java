package jp.sukedachi.account.security;

import jp.sukedachi.account.domain.Role;

/**
 * Role names for {@code @RolesAllowed} and web.xml, which need compile-time strings. Each is the
 * name of a {@link Role}: the mechanism hands the account's role to the container as its group,
 * and Payara maps a group to the role of the same name.
 */
public final class Roles {
  public static final String SME = "SME";
  public static final String EXPERT = "EXPERT";
  public static final String PROVIDER = "PROVIDER";
  public static final String ADMIN = "ADMIN";
  /**
   * Any signed-in account, whatever its role: every caller also gets this group. (The Servlet
   * name for it, {@code **}, was honoured by Payara Micro only with some deployments; a role of
   * our own behaves the same everywhere.)
   */
  public static final String ANY_ACCOUNT = "ACCOUNT";

  private Roles() {}

  /** The groups the container is told for an account of this role: its role, and any account. */
  static java.util.Set<String> groupsOf(Role role) {
    return java.util.Set.of(role.name(), ANY_ACCOUNT);
  }
}
