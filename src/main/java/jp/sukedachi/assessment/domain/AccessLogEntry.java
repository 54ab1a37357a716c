package jp.sukedachi.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import jp.sukedachi.assessment.access.DataPart;

/** One read of a company's data by someone other than its owner: who, when, what, and on what basis. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {
  /** On what basis the reader could read. */
  public enum Via { GRANT, OPERATOR }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "reader_account_id", nullable = false, updatable = false)
  private long readerAccountId;

  @Column(name = "reader_email", nullable = false, updatable = false)
  private String readerEmail;

  @Column(name = "read_at", nullable = false, updatable = false)
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "via", nullable = false, updatable = false)
  private Via via;

  @Column(name = "grant_id", updatable = false)
  private Long grantId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "access_log_part", joinColumns = @JoinColumn(name = "entry_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "part")
  private Set<DataPart> parts = EnumSet.noneOf(DataPart.class);

  protected AccessLogEntry() {}

  public AccessLogEntry(long companyId, long readerAccountId, String readerEmail, Instant readAt,
      Via via, Long grantId, Set<DataPart> parts) {
    this.companyId = companyId;
    this.readerAccountId = readerAccountId;
    this.readerEmail = readerEmail;
    this.readAt = readAt;
    this.via = via;
    this.grantId = grantId;
    this.parts = EnumSet.copyOf(parts);
  }

  public Instant readAt() {
    return readAt;
  }

  public String readerEmail() {
    return readerEmail;
  }

  public Via via() {
    return via;
  }

  public Set<DataPart> parts() {
    return parts.isEmpty() ? EnumSet.noneOf(DataPart.class) : EnumSet.copyOf(parts);
  }
}
