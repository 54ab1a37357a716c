package jp.sukedachi.guidance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** A company's residual risk (and latest self-check score) at a moment, for the chart over time. */
@Entity
@Table(name = "risk_snapshot")
public class RiskSnapshot {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant takenAt;

  @Column(name = "residual_risk", nullable = false, updatable = false)
  private BigDecimal residualRisk;

  @Column(name = "self_check_score", updatable = false)
  private Integer selfCheckScore;

  @Column(name = "catalogue_version", nullable = false, updatable = false)
  private String catalogueVersion;

  protected RiskSnapshot() {}

  public RiskSnapshot(long companyId, Instant takenAt, double residualRisk, Integer selfCheckScore,
      String catalogueVersion) {
    this.companyId = companyId;
    this.takenAt = takenAt;
    this.residualRisk = BigDecimal.valueOf(residualRisk).setScale(2, RoundingMode.HALF_UP);
    this.selfCheckScore = selfCheckScore;
    this.catalogueVersion = catalogueVersion;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public double residualRisk() {
    return residualRisk.doubleValue();
  }

  public Integer selfCheckScore() {
    return selfCheckScore;
  }
}
