package jp.sukedachi.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import jp.sukedachi.assessment.facts.BusinessSignal;

/** An SME (or larger firm) as its owner describes it. One company per SME account. */
@Entity
@Table(name = "company")
public class Company {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_account_id", nullable = false, updatable = false)
  private long ownerAccountId;

  @Column(name = "name", nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_form", nullable = false)
  private LegalForm legalForm;

  @Enumerated(EnumType.STRING)
  @Column(name = "industry_code", nullable = false)
  private Industry industry;

  @Column(name = "capital_yen", nullable = false)
  private long capitalYen;

  @Column(name = "employees", nullable = false)
  private int employees;

  @Column(name = "prefecture_code", nullable = false)
  private String prefecture;

  @Column(name = "sites", nullable = false)
  private int sites;

  @Column(name = "monthly_budget_yen", nullable = false)
  private long monthlyBudgetYen;

  @Column(name = "one_off_budget_yen", nullable = false)
  private long oneOffBudgetYen;

  /** How the company works, as its owner declared it (table company_signal). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "company_signal", joinColumns = @JoinColumn(name = "company_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "signal", nullable = false)
  private Set<BusinessSignal> signals = new HashSet<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Company() {}

  public Company(long ownerAccountId, CompanyProfile profile) {
    this.ownerAccountId = ownerAccountId;
    this.createdAt = Instant.now();
    describe(profile);
  }

  /** Replaces the stated facts. */
  public final void describe(CompanyProfile p) {
    this.name = p.name().strip();
    this.legalForm = p.legalForm();
    this.industry = p.industry();
    this.capitalYen = p.capitalYen();
    this.employees = p.employees();
    this.prefecture = p.prefecture();
    this.sites = p.sites();
    this.monthlyBudgetYen = p.monthlyBudgetYen();
    this.oneOffBudgetYen = p.oneOffBudgetYen();
    this.signals.retainAll(p.signals());
    this.signals.addAll(p.signals());
    this.updatedAt = Instant.now();
  }

  public SizeClass sizeClass() {
    return new SizeClassifier().classify(industry, legalForm, capitalYen, employees);
  }

  public long ownerAccountId() {
    return ownerAccountId;
  }

  public boolean isOwnedBy(long accountId) {
    return ownerAccountId == accountId;
  }

  public CompanyProfile profile() {
    return new CompanyProfile(name, legalForm, industry, capitalYen, employees, prefecture, sites,
        monthlyBudgetYen, oneOffBudgetYen, signals.isEmpty() ? Set.of() : EnumSet.copyOf(signals));
  }

  public Long id() {
    return id;
  }
}
