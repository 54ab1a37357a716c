package jp.sukedachi.directory.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.directory.application.ServiceHistory;
import jp.sukedachi.directory.application.ServiceListings;
import jp.sukedachi.platform.web.FacesErrors;

/** A service's revisions and every step taken on it. */
@Named
@RequestScoped
public class ServiceHistoryPage {
  @Inject ServiceListings listings;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  private ServiceHistory history;

  @PostConstruct
  void load() {
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("\\d{1,18}")) {
      errors.attempt("history", () -> history = listings.history(signedIn.get(), Long.parseLong(id)));
    }
  }

  /** A moment as people in Japan read it, e.g. 2026-04-01 09:30; empty for none. */
  public String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  public ServiceHistory getHistory() {
    return history;
  }
}
