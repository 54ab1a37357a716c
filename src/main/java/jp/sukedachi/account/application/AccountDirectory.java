package jp.sukedachi.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.sukedachi.account.domain.Account;
import jp.sukedachi.account.domain.AccountPrincipal;

/** Looks accounts up for other capabilities (e.g. the recipient of a consent grant). */
@ApplicationScoped
public class AccountDirectory {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AccountPrincipal> byEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where lower(a.email) = :e", Account.class)
        .setParameter("e", Account.normalise(email)).getResultStream().findFirst().map(Account::principal);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AccountPrincipal> byId(long id) {
    return Optional.ofNullable(em.find(Account.class, id)).map(Account::principal);
  }
}
