package jp.sukedachi.engagement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.engagement.application.EngagementInput;
import jp.sukedachi.engagement.application.EngagementView;
import jp.sukedachi.engagement.application.Engagements;
import jp.sukedachi.expert.application.ExpertReference;
import jp.sukedachi.expert.application.ExpertSlots;
import jp.sukedachi.expert.application.PublicExpert;
import jp.sukedachi.platform.web.FacesErrors;
import jp.sukedachi.sharing.application.SharedCompany;
import jp.sukedachi.sharing.application.SharedCompanyService;

/**
 * The request part of /sme/experts.xhtml?expert=id: ask one verified expert for one of its free
 * slots or for hours this month or next, about chosen plan items, sharing chosen parts of the
 * company's data (with a preview of exactly what the expert will see) and allowing, or not, the
 * request to pass to the next match on a decline or timeout.
 */
@Named
@ViewScoped
public class ExpertRequestForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Engagements engagements;
  @Inject ExpertSlots slots;
  @Inject RequestItems requestItems;
  @Inject SharedCompanyService shared;
  @Inject AccessPolicy access;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;
  @Inject Clock clock;

  private Long companyId;
  private PublicExpert expert;
  private List<RequestItems.Choice> items = List.of();
  private String mode = "HOURS";
  private Long slotId;
  private Integer hours = 2;
  private String month;
  private String description;
  private List<String> measureCodes = new ArrayList<>();
  private List<String> parts = new ArrayList<>(List.of(DataPart.ASSET_COUNTS.name(), DataPart.PLAN.name()));
  private boolean passOn = true;
  private SharedCompany preview;

  @PostConstruct
  void load() {
    companyId = access.ownCompany(signedIn.get()).orElse(null);
    month = YearMonth.from(ExpertReference.today(clock)).toString();
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("expert");
    if (companyId == null || id == null || !id.matches("\\d{1,18}")) {
      return;
    }
    errors.attempt("request", () -> expert = slots.publicProfile(Long.parseLong(id)));
    if (expert != null) {
      items = requestItems.covered(companyId, expert.skills());
      measureCodes = new ArrayList<>(items.stream().map(RequestItems.Choice::code).toList());
      mode = expert.freeSlots().isEmpty() ? "HOURS" : "SLOT";
      updatePreview();
    }
  }

  /** Shows exactly what the expert would see with the parts chosen now. */
  public void updatePreview() {
    Set<DataPart> chosen = EnumSet.noneOf(DataPart.class);
    Arrays.stream(DataPart.values()).filter(p -> parts.contains(p.name())).forEach(chosen::add);
    preview = chosen.isEmpty() ? null : shared.preview(signedIn.get(), companyId, chosen);
  }

  public String send() {
    boolean bySlot = "SLOT".equals(mode);
    EngagementInput input = new EngagementInput(companyId, expert.id(), bySlot ? slotId : null,
        bySlot ? null : hours, bySlot ? null : month, description, List.copyOf(measureCodes), List.copyOf(parts), passOn);
    EngagementView[] made = new EngagementView[1];
    if (!errors.attempt("request", () -> made[0] = engagements.request(signedIn.get(), input))) {
      return null;
    }
    errors.info("smeExperts.form.sent");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/sme/experts?faces-redirect=true&engagement=" + made[0].id();
  }

  /** This month and the next, as yyyy-MM. */
  public List<String> getMonths() {
    YearMonth now = YearMonth.from(ExpertReference.today(clock));
    return List.of(now.toString(), now.plusMonths(1).toString());
  }

  public List<String> getAllParts() {
    return Arrays.stream(DataPart.values()).map(Enum::name).toList();
  }

  public boolean isChosen() { return expert != null; }
  public PublicExpert getExpert() { return expert; }
  public List<RequestItems.Choice> getItems() { return items; }
  public SharedCompany getPreview() { return preview; }
  public String getMode() { return mode; }
  public void setMode(String v) { mode = v; }
  public Long getSlotId() { return slotId; }
  public void setSlotId(Long v) { slotId = v; }
  public Integer getHours() { return hours; }
  public void setHours(Integer v) { hours = v; }
  public String getMonth() { return month; }
  public void setMonth(String v) { month = v; }
  public String getDescription() { return description; }
  public void setDescription(String v) { description = v; }
  public List<String> getMeasureCodes() { return measureCodes; }
  public void setMeasureCodes(List<String> v) { measureCodes = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public List<String> getParts() { return parts; }
  public void setParts(List<String> v) { parts = v == null ? new ArrayList<>() : new ArrayList<>(v); }
  public boolean isPassOn() { return passOn; }
  public void setPassOn(boolean v) { passOn = v; }
}
