package jp.sukedachi.assessment.web;

import java.io.Serializable;
import java.util.Arrays;
import jp.sukedachi.assessment.application.ItAssetInput;
import jp.sukedachi.assessment.domain.ItAssetType;

/**
 * Fields of the "add IT asset" form. Who runs the asset is asked only for the types where it
 * varies (a website, a shop, a server, remote access); whether it is reachable from the internet
 * only for what the company runs itself.
 */
public class ItAssetForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String type;
  private String label;
  private Integer count = 1;
  private Boolean internetFacing = Boolean.FALSE;
  private Boolean vendorSupported = Boolean.TRUE;
  private Boolean hosted;

  ItAssetInput toInput() {
    return new ItAssetInput(type, label, count, internetFacing, vendorSupported, hosted);
  }

  private ItAssetType chosenType() {
    return type == null ? null : Arrays.stream(ItAssetType.values())
        .filter(t -> t.name().equals(type)).findFirst().orElse(null);
  }

  /** Whether the form asks who runs it: only where the type leaves it open. */
  public boolean isAsksWhoRunsIt() {
    ItAssetType t = chosenType();
    return t != null && t.asksWhoRunsIt();
  }

  /** Whether the type is always a provider's service (cloud mail, an SNS account). */
  public boolean isAlwaysHosted() {
    ItAssetType t = chosenType();
    return t != null && t.hosting() == ItAssetType.Hosting.PROVIDER;
  }

  /** Whether the form asks about the internet: not for what a provider runs. */
  public boolean isAsksInternetFacing() {
    ItAssetType t = chosenType();
    return t == null || !t.hosted(hosted);
  }

  void clear() {
    type = null;
    label = null;
    count = 1;
    internetFacing = Boolean.FALSE;
    vendorSupported = Boolean.TRUE;
    hosted = null;
  }

  public String getType() { return type; }
  public void setType(String v) { type = v; }
  public String getLabel() { return label; }
  public void setLabel(String v) { label = v; }
  public Integer getCount() { return count; }
  public void setCount(Integer v) { count = v; }
  public Boolean getInternetFacing() { return internetFacing; }
  public void setInternetFacing(Boolean v) { internetFacing = v; }
  public Boolean getVendorSupported() { return vendorSupported; }
  public void setVendorSupported(Boolean v) { vendorSupported = v; }
  public Boolean getHosted() { return hosted; }
  public void setHosted(Boolean v) { hosted = v; }
}
