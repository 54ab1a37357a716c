package jp.sukedachi.assessment.domain;

/** Kinds of IT equipment and services an SME holds. Mirrors table {@code it_asset_type}. */
public enum ItAssetType {
  PC(Hosting.SELF),
  SERVER(Hosting.EITHER),
  MOBILE(Hosting.SELF),
  NAS(Hosting.SELF),
  NETWORK(Hosting.SELF),
  PRINTER(Hosting.SELF),
  CAMERA_IOT(Hosting.SELF),
  POS(Hosting.SELF),
  OT(Hosting.SELF),
  WEBSITE(Hosting.EITHER),
  EC_SITE(Hosting.EITHER),
  CLOUD_EMAIL(Hosting.PROVIDER),
  REMOTE_ACCESS(Hosting.EITHER),
  SNS_ACCOUNT(Hosting.PROVIDER);

  /** Who runs assets of a type: the company, whoever the owner says, or always a provider. */
  public enum Hosting {
    /** A device the company holds and runs (a PC, a NAS, a router...). */
    SELF,
    /** Either: a shop on an EC platform or on the company's own server, a VPN box or a cloud service. */
    EITHER,
    /** Always a provider's service (cloud mail, an SNS or messaging account). */
    PROVIDER
  }

  private final Hosting hosting;

  ItAssetType(Hosting hosting) {
    this.hosting = hosting;
  }

  public Hosting hosting() {
    return hosting;
  }

  /** Whether the owner is asked who runs it. */
  public boolean asksWhoRunsIt() {
    return hosting == Hosting.EITHER;
  }

  /** Whether a group of this type is hosted, given what the owner said (null: not said, self-run). */
  public boolean hosted(Boolean stated) {
    return switch (hosting) {
      case SELF -> false;
      case PROVIDER -> true;
      case EITHER -> Boolean.TRUE.equals(stated);
    };
  }

  public String nameKey() {
    return "assetType." + name();
  }
}
