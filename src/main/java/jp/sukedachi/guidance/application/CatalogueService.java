package jp.sukedachi.guidance.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.domain.CatalogueIntegrity;
import jp.sukedachi.guidance.infrastructure.CatalogueReader;
import jp.sukedachi.platform.DatabaseMigrator;

/**
 * The current measure catalogue. It is reference data that only a migration changes, so each
 * instance reads it once, when the application starts (after the migrations), and checks it with
 * {@link CatalogueIntegrity}: a catalogue that breaks a rule fails the deployment with every
 * violation listed, rather than a request failing later. Nothing a user saves is kept here.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogueService {
  private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());

  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  DataSource dataSource;

  private volatile Catalogue current;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    Catalogue catalogue;
    try {
      catalogue = CatalogueIntegrity.requireValid(new CatalogueReader(dataSource).read());
    } catch (IllegalStateException e) {
      LOG.severe(e.getMessage());
      throw e;
    }
    LOG.info(() -> "Measure catalogue " + catalogue.version() + ": " + catalogue.measures().size()
        + " measures, " + catalogue.threats().size() + " threats, integrity checked");
    current = catalogue;
  }

  public Catalogue current() {
    return current;
  }
}
