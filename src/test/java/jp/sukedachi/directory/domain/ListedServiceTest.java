package jp.sukedachi.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.sukedachi.platform.ConflictException;
import jp.sukedachi.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The lifecycle of a listed service: draft, review, publication, revisions, suspension, withdrawal. */
class ListedServiceTest {
  private static final long PROVIDER = 7;
  private static final long OWNER = 70;
  private static final long ADMIN = 1;
  private static final String CATALOGUE = "2026.1";
  private Instant now = Instant.parse("2026-04-01T00:00:00Z");

  private Instant later() {
    now = now.plusSeconds(60);
    return now;
  }

  private ListedService published() {
    ListedService s = new ListedService(PROVIDER, Terms.compliant(), CATALOGUE, OWNER, now);
    s.submit(OWNER, later());
    s.approve(ADMIN, "", later());
    return s;
  }

  @Test
  void aNewServiceIsADraftThatNobodySees() {
    ListedService s = new ListedService(PROVIDER, Terms.compliant(), CATALOGUE, OWNER, now);
    assertThat(s.status()).isEqualTo(ServiceStatus.DRAFT);
    assertThat(s.latest().number()).isEqualTo(1);
    assertThat(s.isVisible()).isFalse();
    assertThat(s.published()).isEmpty();
    assertThat(s.events()).extracting(ServiceEvent::kind).containsExactly(ServiceEvent.Kind.CREATED);
  }

  @Test
  void aDraftThatBreaksTheStandardCannotBeSubmittedAndStaysADraft() {
    ServiceTerms tooDear = Terms.with(t -> t.monthlyYenPerCompany = 15_000);
    ListedService s = new ListedService(PROVIDER, tooDear, CATALOGUE, OWNER, now);
    assertThatThrownBy(() -> s.submit(OWNER, later())).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("monthlyYenPerCompany"));
    assertThat(s.status()).isEqualTo(ServiceStatus.DRAFT);

    s.edit(Terms.compliant(), CATALOGUE, OWNER, later());
    assertThat(s.revisions()).as("a draft is rewritten, not revised").hasSize(1);
    s.submit(OWNER, later());
    assertThat(s.status()).isEqualTo(ServiceStatus.SUBMITTED);
    assertThat(s.isVisible()).isFalse();
  }

  @Test
  void anOperatorApprovalPublishes() {
    ListedService s = published();
    assertThat(s.status()).isEqualTo(ServiceStatus.PUBLISHED);
    assertThat(s.isVisible()).isTrue();
    assertThat(s.published()).hasValueSatisfying(r -> assertThat(r.number()).isEqualTo(1));
    assertThat(s.events()).extracting(ServiceEvent::kind).containsExactly(
        ServiceEvent.Kind.CREATED, ServiceEvent.Kind.SUBMITTED, ServiceEvent.Kind.APPROVED);
    assertThat(s.events().get(2).actorAccountId()).isEqualTo(ADMIN);
  }

  @Test
  void nothingChangesWhileUnderReview() {
    ListedService s = new ListedService(PROVIDER, Terms.compliant(), CATALOGUE, OWNER, now);
    s.submit(OWNER, later());
    assertThatThrownBy(() -> s.edit(Terms.with(t -> t.name = "別名"), CATALOGUE, OWNER, later()))
        .isInstanceOf(ConflictException.class).hasMessage("error.service.under-review");
    assertThatThrownBy(() -> s.submit(OWNER, later())).isInstanceOf(ConflictException.class);
    assertThat(s.latest().terms()).isEqualTo(Terms.compliant());
  }

  @Test
  void aChangeAfterPublicationIsANewRevisionWhileThePublishedOneStaysVisible() {
    ListedService s = published();
    ServiceTerms cheaper = Terms.with(t -> t.monthlyYenPerCompany = 8_800);
    s.edit(cheaper, CATALOGUE, OWNER, later());
    assertThat(s.revisions()).hasSize(2);
    assertThat(s.status()).isEqualTo(ServiceStatus.DRAFT);
    assertThat(s.isVisible()).isTrue();
    assertThat(s.published().orElseThrow().terms().monthlyYenPerCompany()).isEqualTo(10_000);

    s.submit(OWNER, later());
    assertThat(s.published().orElseThrow().number()).isEqualTo(1);
    s.approve(ADMIN, "", later());
    assertThat(s.published().orElseThrow().number()).isEqualTo(2);
    assertThat(s.published().orElseThrow().terms().monthlyYenPerCompany()).isEqualTo(8_800);
    assertThat(s.revision(1).orElseThrow().state()).isEqualTo(RevisionState.SUPERSEDED);
    assertThat(s.revision(1).orElseThrow().terms().monthlyYenPerCompany()).as("kept as it was").isEqualTo(10_000);
  }

  @Test
  void statingTheSameTermsAgainChangesNothing() {
    ListedService s = published();
    s.edit(Terms.compliant(), CATALOGUE, OWNER, later());
    assertThat(s.revisions()).hasSize(1);
    assertThat(s.status()).isEqualTo(ServiceStatus.PUBLISHED);
    assertThat(s.events()).hasSize(3);
  }

  @Test
  void aRejectionNeedsAReasonAndKeepsThePublishedRevision() {
    ListedService s = published();
    s.edit(Terms.with(t -> t.name = "新しい名前"), CATALOGUE, OWNER, later());
    s.submit(OWNER, later());
    assertThatThrownBy(() -> s.reject(ADMIN, "  ", later())).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reason"));
    assertThat(s.status()).isEqualTo(ServiceStatus.SUBMITTED);

    s.reject(ADMIN, "IPAの登録番号を確認できません", later());
    assertThat(s.status()).isEqualTo(ServiceStatus.REJECTED);
    assertThat(s.latest().reviewReason()).isEqualTo("IPAの登録番号を確認できません");
    assertThat(s.isVisible()).isTrue();
    assertThat(s.published().orElseThrow().name()).isEqualTo("九州あんしんネット");
    assertThat(s.events().get(s.events().size() - 1).reason()).isEqualTo("IPAの登録番号を確認できません");

    s.edit(Terms.with(t -> t.name = "もう一度"), CATALOGUE, OWNER, later());
    assertThat(s.revisions()).extracting(ServiceRevision::state).containsExactly(
        RevisionState.PUBLISHED, RevisionState.REJECTED, RevisionState.DRAFT);
  }

  @Test
  void aSecondReviewOfTheSameRevisionIsAConflict() {
    ListedService s = published();
    assertThatThrownBy(() -> s.approve(ADMIN, "", later())).isInstanceOf(ConflictException.class)
        .hasMessage("error.service.not-under-review");
    assertThatThrownBy(() -> s.reject(ADMIN, "遅れて却下", later())).isInstanceOf(ConflictException.class);
    assertThat(s.status()).isEqualTo(ServiceStatus.PUBLISHED);
  }

  @Test
  void aDraftCannotBeReviewed() {
    ListedService s = new ListedService(PROVIDER, Terms.compliant(), CATALOGUE, OWNER, now);
    assertThatThrownBy(() -> s.approve(ADMIN, "", later())).isInstanceOf(ConflictException.class);
  }

  @Test
  void anOperatorSuspendsWithAReasonAndReinstates() {
    ListedService s = published();
    assertThatThrownBy(() -> s.suspend(ADMIN, "", later())).isInstanceOf(InvalidInputException.class);
    s.suspend(ADMIN, "保険契約の失効を確認中", later());
    assertThat(s.status()).isEqualTo(ServiceStatus.SUSPENDED);
    assertThat(s.isVisible()).isFalse();
    assertThatThrownBy(() -> s.suspend(ADMIN, "二重", later())).isInstanceOf(ConflictException.class);
    s.reinstate(ADMIN, "", later());
    assertThat(s.status()).isEqualTo(ServiceStatus.PUBLISHED);
    assertThat(s.isVisible()).isTrue();
    assertThatThrownBy(() -> s.reinstate(ADMIN, "", later())).isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyAPublishedServiceCanBeSuspended() {
    ListedService s = new ListedService(PROVIDER, Terms.compliant(), CATALOGUE, OWNER, now);
    assertThatThrownBy(() -> s.suspend(ADMIN, "理由", later())).isInstanceOf(ConflictException.class);
  }

  @Test
  void aWithdrawnServiceIsHiddenForGoodButKeepsItsHistory() {
    ListedService s = published();
    s.withdraw(OWNER, "サービス終了", later());
    assertThat(s.status()).isEqualTo(ServiceStatus.WITHDRAWN);
    assertThat(s.isVisible()).isFalse();
    assertThatThrownBy(() -> s.edit(Terms.with(t -> t.name = "復活"), CATALOGUE, OWNER, later()))
        .isInstanceOf(ConflictException.class).hasMessage("error.service.withdrawn");
    assertThatThrownBy(() -> s.withdraw(OWNER, "", later())).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.reinstate(ADMIN, "", later())).isInstanceOf(ConflictException.class);
    assertThat(s.events()).extracting(ServiceEvent::kind).endsWith(ServiceEvent.Kind.WITHDRAWN);
    assertThat(s.revisions()).hasSize(1);
  }

  @Test
  void aSubmittedRevisionOfAWithdrawnServiceCannotBeApproved() {
    ListedService s = new ListedService(PROVIDER, Terms.compliant(), CATALOGUE, OWNER, now);
    s.submit(OWNER, later());
    s.withdraw(OWNER, "", later());
    assertThatThrownBy(() -> s.approve(ADMIN, "", later())).isInstanceOf(ConflictException.class);
  }
}
