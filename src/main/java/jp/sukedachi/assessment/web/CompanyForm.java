package jp.sukedachi.assessment.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sukedachi.assessment.application.CompanyInput;
import jp.sukedachi.assessment.facts.BusinessSignal;

/** The company form's fields while the user edits them; one tick box per business signal. */
public class CompanyForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String name;
  private String legalForm = "CORPORATION";
  private String industry;
  private Long capitalYen;
  private Integer employees;
  private String prefecture;
  private Integer sites = 1;
  private Long monthlyBudgetYen;
  private Long oneOffBudgetYen;
  private final LinkedHashMap<String, Boolean> signals = new LinkedHashMap<>();

  CompanyForm() {
    for (BusinessSignal s : BusinessSignal.values()) {
      signals.put(s.name(), Boolean.FALSE);
    }
  }

  static CompanyForm of(CompanyInput in) {
    CompanyForm f = new CompanyForm();
    f.name = in.name();
    f.legalForm = in.legalForm();
    f.industry = in.industry();
    f.capitalYen = in.capitalYen();
    f.employees = in.employees();
    f.prefecture = in.prefecture();
    f.sites = in.sites();
    f.monthlyBudgetYen = in.monthlyBudgetYen();
    f.oneOffBudgetYen = in.oneOffBudgetYen();
    if (in.signals() != null) {
      in.signals().forEach(code -> f.signals.put(code, Boolean.TRUE));
    }
    return f;
  }

  CompanyInput toInput() {
    List<String> ticked = signals.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
        .map(Map.Entry::getKey).toList();
    return new CompanyInput(name, legalForm, industry, capitalYen, employees, prefecture, sites,
        monthlyBudgetYen, oneOffBudgetYen, ticked);
  }

  /** Signal code to ticked, in the enum's order; the page binds each box to an entry. */
  public Map<String, Boolean> getSignals() { return signals; }

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getLegalForm() { return legalForm; }
  public void setLegalForm(String v) { legalForm = v; }
  public String getIndustry() { return industry; }
  public void setIndustry(String v) { industry = v; }
  public Long getCapitalYen() { return capitalYen; }
  public void setCapitalYen(Long v) { capitalYen = v; }
  public Integer getEmployees() { return employees; }
  public void setEmployees(Integer v) { employees = v; }
  public String getPrefecture() { return prefecture; }
  public void setPrefecture(String v) { prefecture = v; }
  public Integer getSites() { return sites; }
  public void setSites(Integer v) { sites = v; }
  public Long getMonthlyBudgetYen() { return monthlyBudgetYen; }
  public void setMonthlyBudgetYen(Long v) { monthlyBudgetYen = v; }
  public Long getOneOffBudgetYen() { return oneOffBudgetYen; }
  public void setOneOffBudgetYen(Long v) { oneOffBudgetYen = v; }
}
