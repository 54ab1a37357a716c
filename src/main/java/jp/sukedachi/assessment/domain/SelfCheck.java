package jp.sukedachi.assessment.domain;

import jp.sukedachi.assessment.facts.Answer;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One completed 自社診断 with its 25 answers and the score they gave. Never changed afterwards. */
@Entity
@Table(name = "self_check")
public class SelfCheck {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant takenAt;

  @Column(name = "score", nullable = false, updatable = false)
  private int score;

  @Enumerated(EnumType.STRING)
  @Column(name = "band", nullable = false, updatable = false)
  private ScoreBand band;

  @Column(name = "sheet_version", nullable = false, updatable = false)
  private String sheetVersion;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "self_check_answer", joinColumns = @JoinColumn(name = "self_check_id"))
  @MapKeyColumn(name = "item_no")
  @Enumerated(EnumType.STRING)
  @Column(name = "answer", nullable = false)
  private Map<Integer, Answer> answers = new TreeMap<>();

  protected SelfCheck() {}

  public SelfCheck(long companyId, Map<Integer, Answer> answers, Instant takenAt) {
    SelfCheckSheet.Result result = new SelfCheckSheet().score(answers);
    this.companyId = companyId;
    this.answers = new TreeMap<>(answers);
    this.takenAt = takenAt;
    this.score = result.score();
    this.band = result.band();
    this.sheetVersion = SelfCheckSheet.VERSION;
  }

  public SelfCheckSheet.Result result() {
    return new SelfCheckSheet().score(answers);
  }

  public boolean isOf(long company) {
    return companyId == company;
  }

  public Long id() {
    return id;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public Map<Integer, Answer> answers() {
    return new TreeMap<>(answers);
  }
}
