package jp.sukedachi.directory.domain;

/** 類型 of an お助け隊 service under the service standard v2.0. */
public enum ServiceClass {
  /** 1類: the original package at SME prices, with price caps. */
  CLASS_1,
  /** 2類 (since 2024-03-15): for larger SMEs; caps relaxed, stronger monitoring and periodic consulting. */
  CLASS_2
}
