package jp.sukedachi.guidance.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import jp.sukedachi.guidance.domain.Catalogue;
import jp.sukedachi.guidance.infrastructure.CatalogueReader;
import jp.sukedachi.platform.DatabaseMigrator;

/**
 * The current measure catalogue. It is reference data that only a migration changes, so each
 * instance reads it once; nothing a user saves is kept here.
 */
@ApplicationScoped
public class CatalogueService {
  @Resource(lookup = DatabaseMigrator.DATASOURCE)
  DataSource dataSource;

  private final AtomicReference<Catalogue> current = new AtomicReference<>();

  public Catalogue current() {
    Catalogue c = current.get();
    if (c == null) {
      c = new CatalogueReader(dataSource).read();
      current.compareAndSet(null, c);
    }
    return c;
  }
}
