package jp.sukedachi.guidance.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What makes two plans the same: the catalogue version, the budget and the company's situation.
 * The planner is deterministic, so equal fingerprints mean equal plans; a changed fingerprint
 * makes a new plan version. Maps and sets are written sorted, so every JVM gets the same text.
 */
public final class PlanFingerprint {
  private PlanFingerprint() {}

  public static String of(String catalogueVersion, Situation s, Budget b) {
    String canonical = String.join("|", catalogueVersion,
        "budget=" + b.monthlyYen() + "," + b.oneOffYen() + "," + b.hours() + "," + b.subsidy(),
        "size=" + s.employees() + "," + s.sites() + "," + s.sme() + "," + s.smallEnterprise(),
        "assets=" + new TreeMap<>(s.assetCounts()) + "," + new TreeMap<>(s.hostedCounts()) + ","
            + s.unsupportedDevices() + "," + s.internetFacingGroups(),
        "signals=" + new TreeSet<>(s.signals()),
        "ratings=" + new TreeMap<>(s.highestRatings()),
        "personal=" + new TreeSet<>(s.personalInfo()),
        "answers=" + new TreeMap<>((Map<Integer, ?>) s.answers()),
        "done=" + new TreeSet<>(s.doneMeasures()));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
