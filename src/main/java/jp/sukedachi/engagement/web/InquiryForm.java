package jp.sukedachi.engagement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.directory.domain.PublishedService;
import jp.sukedachi.engagement.application.Inquiries;
import jp.sukedachi.engagement.application.InquiryInput;
import jp.sukedachi.engagement.application.InquirySummary;
import jp.sukedachi.platform.web.FacesErrors;
import jp.sukedachi.sharing.application.SharedCompany;

/** /sme/inquiry.xhtml?service=id: ask a provider about a service, choosing (and seeing) what to share. */
@Named
@ViewScoped
public class InquiryForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Inquiries inquiries;
  @Inject AccessPolicy access;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private Long companyId;
  private PublishedService service;
  private String message;
  /** Only the asset counts unless the SME chooses more. */
  private List<String> parts = new ArrayList<>(List.of(DataPart.ASSET_COUNTS.name()));
  private SharedCompany preview;

  @PostConstruct
  void load() {
    companyId = access.ownCompany(signedIn.get()).orElse(null);
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("service");
    if (id != null && id.matches("\\d{1,18}")) {
      errors.attempt("inquiry", () -> service = inquiries.service(Long.parseLong(id)));
    }
    updatePreview();
  }

  /** Shows exactly what the provider would see with the parts chosen now. */
  public void updatePreview() {
    Set<DataPart> chosen = EnumSet.noneOf(DataPart.class);
    Arrays.stream(DataPart.values()).filter(p -> parts.contains(p.name())).forEach(chosen::add);
    preview = companyId == null || chosen.isEmpty() ? null
        : inquiries.preview(signedIn.get(), companyId, chosen);
  }

  public String send() {
    InquirySummary[] sent = new InquirySummary[1];
    if (!errors.attempt("inquiry", () -> sent[0] = inquiries.send(signedIn.get(),
        new InquiryInput(service.serviceId(), companyId, message, parts)))) {
      return null;
    }
    errors.info("inquiry.sent");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/sme/inquiries?faces-redirect=true&id=" + sent[0].id();
  }

  public List<String> getAllParts() {
    return Arrays.stream(DataPart.values()).map(Enum::name).toList();
  }

  public boolean isHasCompany() { return companyId != null; }
  public PublishedService getService() { return service; }
  public SharedCompany getPreview() { return preview; }
  public String getMessage() { return message; }
  public void setMessage(String v) { message = v; }
  public List<String> getParts() { return parts; }
  public void setParts(List<String> v) { parts = v == null ? new ArrayList<>() : new ArrayList<>(v); }
}
