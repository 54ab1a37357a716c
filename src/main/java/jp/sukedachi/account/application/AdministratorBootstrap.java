package jp.sukedachi.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import jp.sukedachi.account.domain.Role;
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
    accounts.create(email.get(), password.get(), "Administrator", Role.ADMIN);
    LOG.info("Created the first administrator from configuration");
  }
}
