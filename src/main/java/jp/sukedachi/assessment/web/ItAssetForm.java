package jp.sukedachi.assessment.web;

import java.io.Serializable;
import jp.sukedachi.assessment.application.ItAssetInput;

/** Fields of the "add IT asset" form. */
public class ItAssetForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String type;
  private String label;
  private Integer count = 1;
  private Boolean internetFacing = Boolean.FALSE;
  private Boolean vendorSupported = Boolean.TRUE;

  ItAssetInput toInput() {
    return new ItAssetInput(type, label, count, internetFacing, vendorSupported);
  }

  void clear() {
    type = null;
    label = null;
    count = 1;
    internetFacing = Boolean.FALSE;
    vendorSupported = Boolean.TRUE;
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
}
