package jp.sukedachi.guidance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A company's progress on one measure. */
@Entity
@Table(name = "measure_progress")
@IdClass(MeasureProgress.Key.class)
public class MeasureProgress {
  /** Company and measure. */
  public record Key(Long companyId, String measureCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "company_id")
  private Long companyId;

  @Id
  @Column(name = "measure_code")
  private String measureCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ProgressStatus status;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MeasureProgress() {}

  public MeasureProgress(long companyId, String measureCode, ProgressStatus status, Instant now) {
    this.companyId = companyId;
    this.measureCode = measureCode;
    mark(status, now);
  }

  public final void mark(ProgressStatus newStatus, Instant now) {
    this.status = newStatus;
    this.updatedAt = now;
  }

  public String measureCode() {
    return measureCode;
  }

  public ProgressStatus status() {
    return status;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
