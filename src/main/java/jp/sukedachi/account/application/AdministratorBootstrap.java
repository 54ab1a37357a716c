package jp.sukedachi.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import jp.sukedachi.account.domain.Role;
import jp.sukedachi.platform.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator from configuration ({@code SUKEDACHI_ADMIN_EMAIL},
 * {@code SUKEDACHI_ADMIN_PASSWORD}) when no administrator exists. Sign-up never grants ADMIN.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class AdministratorBootstrap {
  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  private static final String NAME = "Administrator";

  @Inject AccountService accounts;

  @Inject
  @ConfigProperty(name = "sukedachi.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "sukedachi.admin.password")
  Optional<String> password;

  @PostConstruct
  void createFirstAdministrator() {
    if (email.isEmpty() || password.isEmpty() || accounts.anyAccountWithRole(Role.ADMIN)) {
      return;
    }
    List<String> weak = accounts.passwordViolations(password.get(), email.get(), NAME);
    if (!weak.isEmpty()) {
      LOG.severe(() -> "No administrator was created: sukedachi.admin.password breaks the password policy ("
          + weak.stream().map(key -> Texts.message(Locale.ENGLISH, key)).collect(Collectors.joining(" ")) + ")");
      return;
    }
    accounts.create(email.get(), password.get(), NAME, Role.ADMIN);
    LOG.info("Created the first administrator from configuration");
  }
}
