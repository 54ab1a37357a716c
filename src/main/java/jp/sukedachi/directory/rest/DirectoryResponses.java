package jp.sukedachi.directory.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.sukedachi.directory.application.ProviderView;
import jp.sukedachi.directory.application.ReviewItem;
import jp.sukedachi.directory.application.ServiceHistory;
import jp.sukedachi.directory.application.ServiceSummary;
import jp.sukedachi.directory.application.ServiceView;
import jp.sukedachi.directory.domain.ServiceStandard;
import jp.sukedachi.directory.domain.ServiceTerms;
import jp.sukedachi.directory.domain.TermsChange;
import jp.sukedachi.platform.Texts;

/**
 * Response bodies of the directory API; entities are never serialised. Terms ({@link ServiceTerms})
 * and published listings ({@code PublishedService}) are immutable values and go out as they are.
 */
final class DirectoryResponses {
  private DirectoryResponses() {}

  /** A provider company. */
  public record Provider(long id, String name, String corporateNumber, String address, String contactEmail) {
    static Provider of(ProviderView v) {
      return new Provider(v.id(), v.name(), v.corporateNumber(), v.address(), v.contactEmail());
    }
  }

  /** A failed rule of the standard, in the caller's language. */
  public record Rule(String rule, String field, String title, String detail, String explanation) {
    static List<Rule> of(List<ServiceStandard.Violation> violations, Locale locale) {
      return violations.stream().map(v -> new Rule(v.rule().name(), v.field(), Texts.message(locale, v.title()),
          Texts.message(locale, v.failure()), Texts.message(locale, v.why()))).toList();
    }
  }

  /**
   * A service. status: DRAFT|SUBMITTED|PUBLISHED|REJECTED|SUSPENDED|WITHDRAWN; published: whether a
   * revision is shown and matched now. Its provider and operators also get the newest revision's
   * terms, the rules they fail, the published terms and the last review's reason.
   */
  public record Service(long id, long providerId, String providerName, String status, boolean published,
      int revision, Integer publishedRevision, ServiceTerms terms, ServiceTerms publishedTerms,
      List<Rule> compliance, String reviewReason) {
    static Service of(ServiceView v, Locale locale) {
      return new Service(v.id(), v.providerId(), v.providerName(), v.status().name(), v.visible(),
          v.latestRevision(), v.publishedRevision(), v.terms(), v.publishedTerms(), Rule.of(v.compliance(), locale),
          v.lastReviewReason());
    }
  }

  /** A revision waiting for review, with what changed against the published one. */
  public record Submitted(long serviceId, int revision, long providerId, String providerName,
      String corporateNumber, Instant submittedAt, boolean firstPublication, ServiceTerms terms,
      List<TermsChange> changes, List<Rule> compliance) {
    static Submitted of(ReviewItem i, Locale locale) {
      return new Submitted(i.serviceId(), i.revision(), i.providerId(), i.providerName(), i.corporateNumber(),
          i.submittedAt(), i.firstPublication(), i.terms(), i.changes(), Rule.of(i.compliance(), locale));
    }
  }

  /** A service in a list: its newest revision's name, its status, and which revision is shown (if any). */
  public record Summary(long id, String name, String serviceClass, String monitoringType, String status,
      boolean published, int revision, Integer publishedRevision, String reviewReason, Instant updatedAt) {
    static Summary of(ServiceSummary s) {
      return new Summary(s.id(), s.name(), s.serviceClass().name(), s.monitoringType().name(), s.status().name(),
          s.visible(), s.latestRevision(), s.publishedRevision(), s.lastReviewReason(), s.updatedAt());
    }
  }

  /** Every revision and every step on a service, oldest first. */
  public record History(long serviceId, String name, List<Revision> revisions, List<Event> events) {
    static History of(ServiceHistory h) {
      return new History(h.serviceId(), h.name(),
          h.revisions().stream().map(r -> new Revision(r.number(), r.state().name(), r.name(), r.createdAt(),
              r.submittedAt(), r.reviewedAt(), r.reviewReason())).toList(),
          h.events().stream().map(e -> new Event(e.at(), e.kind().name(), e.revision(), e.actorName(),
              e.actorRole(), e.reason())).toList());
    }
  }

  /** One revision: DRAFT|SUBMITTED|PUBLISHED|REJECTED|SUPERSEDED, and its review. */
  public record Revision(int number, String state, String name, Instant createdAt, Instant submittedAt,
      Instant reviewedAt, String reviewReason) {}

  /** One step: CREATED|EDITED|REVISED|SUBMITTED|APPROVED|REJECTED|SUSPENDED|REINSTATED|WITHDRAWN. */
  public record Event(Instant at, String kind, int revision, String actorName, String actorRole, String reason) {}
}
