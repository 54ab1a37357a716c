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
  /** Any signed-in account, whatever its role (the Servlet and Jakarta Security name for it). */
  public static final String ANY_ACCOUNT = "**";

  private Roles() {}

  /** The group the container is told for an account of this role. */
  static String groupOf(Role role) {
    return role.name();
  }
}
