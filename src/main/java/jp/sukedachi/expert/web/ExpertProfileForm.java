package jp.sukedachi.expert.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.expert.application.ExpertInput;
import jp.sukedachi.expert.application.ExpertView;

/**
 * The profile form's fields while the expert edits them. Skills are chosen as areas or as single
 * measures and sent together; a new profile starts remote-only, in Japanese.
 */
public class ExpertProfileForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String displayName;
  private String rissNumber;
  private LocalDate rissRegisteredOn;
  private LocalDate rissRenewalDue;
  private String certifications;
  private List<String> areas = new ArrayList<>();
  private List<String> measures = new ArrayList<>();
  private List<String> prefectures = new ArrayList<>();
  private List<String> industries = new ArrayList<>();
  private List<String> languages = new ArrayList<>(List.of("ja"));
  private boolean remote = true;
  private boolean onSite;
  private Long hourlyRateYen;
  private Integer monthlyHours;

  static ExpertProfileForm of(ExpertView v, ExpertChoices choices) {
    ExpertProfileForm f = new ExpertProfileForm();
    f.displayName = v.displayName();
    f.rissNumber = v.rissNumber();
    f.rissRegisteredOn = v.rissRegisteredOn();
    f.rissRenewalDue = v.rissRenewalDue();
    f.certifications = v.certifications();
    f.areas = new ArrayList<>(v.skills().stream().filter(choices::isArea).toList());
    f.measures = new ArrayList<>(v.skills().stream().filter(s -> !choices.isArea(s)).toList());
    f.prefectures = new ArrayList<>(v.prefectures());
    f.industries = new ArrayList<>(v.industries());
    f.languages = new ArrayList<>(v.languages());
    f.remote = v.remote();
    f.onSite = v.onSite();
    f.hourlyRateYen = (long) v.hourlyRateYen();
    f.monthlyHours = v.monthlyHours();
    return f;
  }

  ExpertInput toInput() {
    List<String> skills = new ArrayList<>(areas);
    skills.addAll(measures);
    return new ExpertInput(displayName, rissNumber, date(rissRegisteredOn), date(rissRenewalDue), certifications,
        skills, List.copyOf(prefectures), List.copyOf(industries), List.copyOf(languages), remote, onSite,
        hourlyRateYen, monthlyHours);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static List<String> list(List<String> v) {
    return v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public String getDisplayName() { return displayName; }
  public void setDisplayName(String v) { displayName = v; }
  public String getRissNumber() { return rissNumber; }
  public void setRissNumber(String v) { rissNumber = v; }
  public LocalDate getRissRegisteredOn() { return rissRegisteredOn; }
  public void setRissRegisteredOn(LocalDate v) { rissRegisteredOn = v; }
  public LocalDate getRissRenewalDue() { return rissRenewalDue; }
  public void setRissRenewalDue(LocalDate v) { rissRenewalDue = v; }
  public String getCertifications() { return certifications; }
  public void setCertifications(String v) { certifications = v; }
  public List<String> getAreas() { return areas; }
  public void setAreas(List<String> v) { areas = list(v); }
  public List<String> getMeasures() { return measures; }
  public void setMeasures(List<String> v) { measures = list(v); }
  public List<String> getPrefectures() { return prefectures; }
  public void setPrefectures(List<String> v) { prefectures = list(v); }
  public List<String> getIndustries() { return industries; }
  public void setIndustries(List<String> v) { industries = list(v); }
  public List<String> getLanguages() { return languages; }
  public void setLanguages(List<String> v) { languages = list(v); }
  public boolean isRemote() { return remote; }
  public void setRemote(boolean v) { remote = v; }
  public boolean isOnSite() { return onSite; }
  public void setOnSite(boolean v) { onSite = v; }
  public Long getHourlyRateYen() { return hourlyRateYen; }
  public void setHourlyRateYen(Long v) { hourlyRateYen = v; }
  public Integer getMonthlyHours() { return monthlyHours; }
  public void setMonthlyHours(Integer v) { monthlyHours = v; }
}
