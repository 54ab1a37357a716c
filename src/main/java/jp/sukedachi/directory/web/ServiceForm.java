package jp.sukedachi.directory.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.sukedachi.directory.application.ServiceInput;
import jp.sukedachi.directory.domain.ServiceTerms;

/** The service form's fields while the provider edits them; a new service starts as a 1類 network-wide one. */
public class ServiceForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String name;
  private String summary;
  private String serviceClass = "CLASS_1";
  private String monitoringType = "NETWORK";
  private Long monthlyYenPerCompany;
  private Long monthlyYenPerDevice;
  private Long oneOffYen;
  private Integer monitoredEndpoints;
  private boolean consultationDesk;
  private String consultationHours;
  private boolean monitoring24h;
  private boolean onSiteDispatch;
  private List<String> dispatchPrefectures = new ArrayList<>();
  private boolean insurance;
  private String insurer;
  private Long insuranceLimitYen;
  private Integer minEmployees;
  private Integer maxEmployees;
  private Integer minDevices;
  private Integer maxDevices;
  private List<String> industries = new ArrayList<>();
  private Integer minimumTermMonths;
  private String cancellation;
  private String ipaRegistrationNumber;
  private LocalDate ipaRegisteredOn;
  private boolean subsidyEligible;
  private boolean periodicConsulting;
  private boolean strongerMonitoring;
  private List<String> measureCodes = new ArrayList<>();

  static ServiceForm of(ServiceTerms t) {
    ServiceForm f = new ServiceForm();
    f.name = t.name();
    f.summary = t.summary();
    f.serviceClass = t.serviceClass().name();
    f.monitoringType = t.monitoringType().name();
    f.monthlyYenPerCompany = t.monthlyYenPerCompany();
    f.monthlyYenPerDevice = t.monthlyYenPerDevice();
    f.oneOffYen = t.oneOffYen();
    f.monitoredEndpoints = t.monitoredEndpoints();
    f.consultationDesk = t.consultationDesk();
    f.consultationHours = t.consultationHours();
    f.monitoring24h = t.monitoring24h();
    f.onSiteDispatch = t.onSiteDispatch();
    f.dispatchPrefectures = new ArrayList<>(t.dispatchPrefectures());
    f.insurance = t.insurance();
    f.insurer = t.insurer();
    f.insuranceLimitYen = t.insuranceLimitYen();
    f.minEmployees = t.minEmployees();
    f.maxEmployees = t.maxEmployees();
    f.minDevices = t.minDevices();
    f.maxDevices = t.maxDevices();
    f.industries = new ArrayList<>(t.industries());
    f.minimumTermMonths = t.minimumTermMonths();
    f.cancellation = t.cancellation();
    f.ipaRegistrationNumber = t.ipaRegistrationNumber();
    f.ipaRegisteredOn = t.ipaRegisteredOn();
    f.subsidyEligible = t.subsidyEligible();
    f.periodicConsulting = t.periodicConsulting();
    f.strongerMonitoring = t.strongerMonitoring();
    f.measureCodes = new ArrayList<>(t.measureCodes());
    return f;
  }

  ServiceInput toInput() {
    return new ServiceInput(name, summary, serviceClass, monitoringType, monthlyYenPerCompany, monthlyYenPerDevice,
        oneOffYen, monitoredEndpoints, consultationDesk, consultationHours, monitoring24h, onSiteDispatch,
        List.copyOf(dispatchPrefectures), insurance, insurer, insuranceLimitYen, minEmployees, maxEmployees,
        minDevices, maxDevices, List.copyOf(industries), minimumTermMonths, cancellation, ipaRegistrationNumber,
        ipaRegisteredOn == null ? null : ipaRegisteredOn.toString(), subsidyEligible, periodicConsulting,
        strongerMonitoring, List.copyOf(measureCodes));
  }

  private static List<String> list(List<String> v) {
    return v == null ? new ArrayList<>() : new ArrayList<>(v);
  }

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getSummary() { return summary; }
  public void setSummary(String v) { summary = v; }
  public String getServiceClass() { return serviceClass; }
  public void setServiceClass(String v) { serviceClass = v; }
  public String getMonitoringType() { return monitoringType; }
  public void setMonitoringType(String v) { monitoringType = v; }
  public Long getMonthlyYenPerCompany() { return monthlyYenPerCompany; }
  public void setMonthlyYenPerCompany(Long v) { monthlyYenPerCompany = v; }
  public Long getMonthlyYenPerDevice() { return monthlyYenPerDevice; }
  public void setMonthlyYenPerDevice(Long v) { monthlyYenPerDevice = v; }
  public Long getOneOffYen() { return oneOffYen; }
  public void setOneOffYen(Long v) { oneOffYen = v; }
  public Integer getMonitoredEndpoints() { return monitoredEndpoints; }
  public void setMonitoredEndpoints(Integer v) { monitoredEndpoints = v; }
  public boolean isConsultationDesk() { return consultationDesk; }
  public void setConsultationDesk(boolean v) { consultationDesk = v; }
  public String getConsultationHours() { return consultationHours; }
  public void setConsultationHours(String v) { consultationHours = v; }
  public boolean isMonitoring24h() { return monitoring24h; }
  public void setMonitoring24h(boolean v) { monitoring24h = v; }
  public boolean isOnSiteDispatch() { return onSiteDispatch; }
  public void setOnSiteDispatch(boolean v) { onSiteDispatch = v; }
  public List<String> getDispatchPrefectures() { return dispatchPrefectures; }
  public void setDispatchPrefectures(List<String> v) { dispatchPrefectures = list(v); }
  public boolean isInsurance() { return insurance; }
  public void setInsurance(boolean v) { insurance = v; }
  public String getInsurer() { return insurer; }
  public void setInsurer(String v) { insurer = v; }
  public Long getInsuranceLimitYen() { return insuranceLimitYen; }
  public void setInsuranceLimitYen(Long v) { insuranceLimitYen = v; }
  public Integer getMinEmployees() { return minEmployees; }
  public void setMinEmployees(Integer v) { minEmployees = v; }
  public Integer getMaxEmployees() { return maxEmployees; }
  public void setMaxEmployees(Integer v) { maxEmployees = v; }
  public Integer getMinDevices() { return minDevices; }
  public void setMinDevices(Integer v) { minDevices = v; }
  public Integer getMaxDevices() { return maxDevices; }
  public void setMaxDevices(Integer v) { maxDevices = v; }
  public List<String> getIndustries() { return industries; }
  public void setIndustries(List<String> v) { industries = list(v); }
  public Integer getMinimumTermMonths() { return minimumTermMonths; }
  public void setMinimumTermMonths(Integer v) { minimumTermMonths = v; }
  public String getCancellation() { return cancellation; }
  public void setCancellation(String v) { cancellation = v; }
  public String getIpaRegistrationNumber() { return ipaRegistrationNumber; }
  public void setIpaRegistrationNumber(String v) { ipaRegistrationNumber = v; }
  public LocalDate getIpaRegisteredOn() { return ipaRegisteredOn; }
  public void setIpaRegisteredOn(LocalDate v) { ipaRegisteredOn = v; }
  public boolean isSubsidyEligible() { return subsidyEligible; }
  public void setSubsidyEligible(boolean v) { subsidyEligible = v; }
  public boolean isPeriodicConsulting() { return periodicConsulting; }
  public void setPeriodicConsulting(boolean v) { periodicConsulting = v; }
  public boolean isStrongerMonitoring() { return strongerMonitoring; }
  public void setStrongerMonitoring(boolean v) { strongerMonitoring = v; }
  public List<String> getMeasureCodes() { return measureCodes; }
  public void setMeasureCodes(List<String> v) { measureCodes = list(v); }
}
