package jp.sukedachi.guidance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as adopted by its company: one version of it, with the inputs' fingerprint and the
 * numbers of every item, so later matches, bookings and reports can refer to its items.
 */
@Entity
@Table(name = "plan")
public class StoredPlan {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private long companyId;

  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "catalogue_version", nullable = false, updatable = false)
  private String catalogueVersion;

  @Column(name = "fingerprint", nullable = false, updatable = false)
  private String fingerprint;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "monthly_budget_yen", nullable = false, updatable = false)
  private long monthlyBudgetYen;

  @Column(name = "one_off_budget_yen", nullable = false, updatable = false)
  private long oneOffBudgetYen;

  @Column(name = "hours", nullable = false, updatable = false)
  private double hours;

  @Column(name = "subsidy", nullable = false, updatable = false)
  private boolean subsidy;

  @Column(name = "inherent_risk", nullable = false, updatable = false)
  private double inherentRisk;

  @Column(name = "risk_before", nullable = false, updatable = false)
  private double riskBefore;

  @Column(name = "risk_after", nullable = false, updatable = false)
  private double riskAfter;

  @Column(name = "proven_near_optimal", nullable = false, updatable = false)
  private boolean provenNearOptimal;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_item", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "position")
  private List<Item> items = new ArrayList<>();

  /** One stored item: the measure (or an offer delivering it), when, what it costs, what it removes. */
  @Embeddable
  public static class Item {
    @Column(name = "measure_code", nullable = false)
    private String measureCode;

    @Column(name = "offer_code")
    private String offerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private Phase phase;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "one_off_yen", nullable = false)
    private long oneOffYen;

    @Column(name = "monthly_yen", nullable = false)
    private long monthlyYen;

    @Column(name = "subsidy_monthly_yen", nullable = false)
    private long subsidyMonthlyYen;

    @Column(name = "hours", nullable = false)
    private double hours;

    @Column(name = "risk_removed", nullable = false)
    private double riskRemoved;

    protected Item() {}

    Item(Plan.Item i) {
      this.measureCode = i.measure().code();
      if (measureCode.startsWith(OfferCandidates.CODE_PREFIX)) {
        this.offerCode = measureCode.substring(OfferCandidates.CODE_PREFIX.length());
      }
      this.phase = i.phase();
      this.quantity = i.quantity();
      this.oneOffYen = i.oneOffYen();
      this.monthlyYen = i.monthlyYen();
      this.subsidyMonthlyYen = i.subsidyMonthlyYen();
      this.hours = i.hours();
      this.riskRemoved = i.riskRemoved();
    }

    public String measureCode() { return measureCode; }
    public String offerCode() { return offerCode; }
    public Phase phase() { return phase; }
    public int quantity() { return quantity; }
    public long oneOffYen() { return oneOffYen; }
    public long monthlyYen() { return monthlyYen; }
    public long subsidyMonthlyYen() { return subsidyMonthlyYen; }
    public double hours() { return hours; }
    public double riskRemoved() { return riskRemoved; }
  }

  protected StoredPlan() {}

  public StoredPlan(long companyId, int version, String fingerprint, Instant createdAt, Plan plan) {
    this.companyId = companyId;
    this.version = version;
    this.fingerprint = fingerprint;
    this.createdAt = createdAt;
    this.catalogueVersion = plan.catalogueVersion();
    this.monthlyBudgetYen = plan.budget().monthlyYen();
    this.oneOffBudgetYen = plan.budget().oneOffYen();
    this.hours = plan.budget().hours();
    this.subsidy = plan.budget().subsidy();
    this.inherentRisk = plan.inherentRisk();
    this.riskBefore = plan.riskBefore();
    this.riskAfter = plan.riskAfter();
    this.provenNearOptimal = plan.provenNearOptimal();
    plan.items().forEach(i -> items.add(new Item(i)));
  }

  public Long id() { return id; }
  public long companyId() { return companyId; }
  public int version() { return version; }
  public String fingerprint() { return fingerprint; }
  public Instant createdAt() { return createdAt; }
  public String catalogueVersion() { return catalogueVersion; }
  public Budget budget() { return new Budget(monthlyBudgetYen, oneOffBudgetYen, hours, subsidy); }
  public double inherentRisk() { return inherentRisk; }
  public double riskBefore() { return riskBefore; }
  public double riskAfter() { return riskAfter; }
  public boolean provenNearOptimal() { return provenNearOptimal; }
  public List<Item> items() { return List.copyOf(items); }
}
