package jp.sukedachi.directory.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jp.sukedachi.platform.ConflictException;

/** Writes pending changes now, so a concurrent change to the same service is a 409, never a 500. */
final class Store {
  private Store() {}

  static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException changedMeanwhile) { // OptimisticLockException, or a revision number taken
      throw new ConflictException("error.service.changed");
    }
  }
}
