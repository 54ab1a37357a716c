package jp.sukedachi.assessment.web;

import java.io.Serializable;
import jp.sukedachi.assessment.application.InformationAssetInput;

/** Fields of the "add information asset" form. */
public class InformationAssetForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String name;
  private String businessArea;
  private String storageMedia;
  private String personalInfo = "NONE";
  private Integer confidentiality = 1;
  private Integer integrity = 1;
  private Integer availability = 1;

  InformationAssetInput toInput() {
    return new InformationAssetInput(name, businessArea, storageMedia, personalInfo,
        confidentiality, integrity, availability);
  }

  void clear() {
    name = null;
    businessArea = null;
    storageMedia = null;
    personalInfo = "NONE";
    confidentiality = 1;
    integrity = 1;
    availability = 1;
  }

  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getBusinessArea() { return businessArea; }
  public void setBusinessArea(String v) { businessArea = v; }
  public String getStorageMedia() { return storageMedia; }
  public void setStorageMedia(String v) { storageMedia = v; }
  public String getPersonalInfo() { return personalInfo; }
  public void setPersonalInfo(String v) { personalInfo = v; }
  public Integer getConfidentiality() { return confidentiality; }
  public void setConfidentiality(Integer v) { confidentiality = v; }
  public Integer getIntegrity() { return integrity; }
  public void setIntegrity(Integer v) { integrity = v; }
  public Integer getAvailability() { return availability; }
  public void setAvailability(Integer v) { availability = v; }
}
