package jp.sukedachi.sharing.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.access.AccessLogView;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.ConsentInput;
import jp.sukedachi.assessment.access.ConsentService;
import jp.sukedachi.assessment.access.ConsentView;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.platform.web.FacesErrors;
import jp.sukedachi.sharing.application.SharedCompany;
import jp.sukedachi.sharing.application.SharedCompanyService;

/** The owner's sharing screen: grant, preview, revoke, and who read what. */
@Named
@ViewScoped
public class SharingPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** A grant chosen by date ends at the end of that day in Japan. */
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Inject ConsentService consents;
  @Inject SharedCompanyService shared;
  @Inject AccessPolicy access;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private Long companyId;
  private List<ConsentView> grants = List.of();
  private List<AccessLogView> log = List.of();
  private SharedCompany preview;
  private String recipientEmail;
  private List<String> parts = new ArrayList<>();
  private LocalDate until;

  @PostConstruct
  void load() {
    companyId = access.ownCompany(signedIn.get()).orElse(null);
    refresh();
  }

  private void refresh() {
    if (companyId != null) {
      grants = consents.grants(signedIn.get(), companyId);
      log = consents.accessLog(signedIn.get(), companyId);
    }
  }

  public void grant() {
    var expires = until == null ? null : until.plusDays(1).atStartOfDay(JAPAN).toInstant();
    if (errors.attempt("grant", () -> consents.grant(signedIn.get(), companyId,
        ConsentInput.of(recipientEmail, parts, expires)))) {
      errors.info("sharing.granted", recipientEmail);
      recipientEmail = null;
      parts = new ArrayList<>();
      until = null;
      refresh();
    }
  }

  public void showPreview(long grantId) {
    errors.attempt("grants", () -> preview = shared.preview(signedIn.get(), companyId, grantId));
  }

  public void revoke(long grantId) {
    if (errors.attempt("grants", () -> consents.revoke(signedIn.get(), companyId, grantId))) {
      errors.info("sharing.revoked");
      preview = null;
      refresh();
    }
  }

  public List<String> getAllParts() {
    return Arrays.stream(DataPart.values()).map(Enum::name).toList();
  }

  public boolean isHasCompany() { return companyId != null; }
  public List<ConsentView> getGrants() { return grants; }
  public List<AccessLogView> getLog() { return log; }
  public SharedCompany getPreview() { return preview; }
  public String getRecipientEmail() { return recipientEmail; }
  public void setRecipientEmail(String v) { recipientEmail = v; }
  public List<String> getParts() { return parts; }
  public void setParts(List<String> v) { parts = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public LocalDate getUntil() { return until; }
  public void setUntil(LocalDate v) { until = v; }
  public LocalDate getToday() { return LocalDate.now(JAPAN); }
}
