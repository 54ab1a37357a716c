package jp.sukedachi.assessment.domain;

/** Kinds of IT equipment and services an SME holds. Mirrors table {@code it_asset_type}. */
public enum ItAssetType {
  PC,
  SERVER,
  MOBILE,
  NAS,
  NETWORK,
  PRINTER,
  CAMERA_IOT,
  POS,
  OT,
  WEBSITE,
  EC_SITE,
  CLOUD_EMAIL,
  REMOTE_ACCESS;

  public String nameKey() {
    return "assetType." + name();
  }
}
