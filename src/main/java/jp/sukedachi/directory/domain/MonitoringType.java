package jp.sukedachi.directory.domain;

/** How a service watches for anomalies 24 hours a day. */
public enum MonitoringType {
  /** ネットワーク一括監視型: a UTM-like device at the internet exit and a monitoring service. */
  NETWORK,
  /** 端末監視型: an EDR-like agent on PCs and servers and a monitoring service. */
  ENDPOINT,
  /** 併用型: both. */
  COMBINED;

  public boolean watchesNetwork() {
    return this != ENDPOINT;
  }

  public boolean watchesEndpoints() {
    return this != NETWORK;
  }
}
