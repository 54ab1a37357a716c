package jp.sukedachi.matching.domain;

import static jp.sukedachi.matching.domain.TestExperts.NEED_BACKUP;
import static jp.sukedachi.matching.domain.TestExperts.NEED_MFA;
import static jp.sukedachi.matching.domain.TestExperts.NEED_RULES;
import static jp.sukedachi.matching.domain.TestExperts.NEED_UTM;
import static jp.sukedachi.matching.domain.TestExperts.NEED_WIFI;
import static jp.sukedachi.matching.domain.TestExperts.expert;
import static jp.sukedachi.matching.domain.TestExperts.kumamoto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.Texts;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The expert matcher: who is ranked, in which order, why, and what is offered when nobody fits. */
class ExpertMatcherTest {
  private static final ExpertMatcher MATCHER = new ExpertMatcher();
  private static final ExpertSeeker ON_SITE_ONLY = kumamoto(List.of(NEED_UTM, NEED_WIFI));

  /** One scenario: what the first match is, who is not matched, which reason is given. */
  record Row(String name, ExpertSeeker seeker, List<TestExperts> experts, Long first, Long excluded, String says,
      Fallback.Kind fallback, Long fallbackFirst) {
    Row first(long id) {
      return new Row(name, seeker, experts, id, excluded, says, fallback, fallbackFirst);
    }

    Row excludes(long id) {
      return new Row(name, seeker, experts, first, id, says, fallback, fallbackFirst);
    }

    Row says(String key) {
      return new Row(name, seeker, experts, first, excluded, key, fallback, fallbackFirst);
    }

    Row fallback(Fallback.Kind kind, Long firstOffered) {
      return new Row(name, seeker, experts, first, excluded, says, kind, firstOffered);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Row row(String name, ExpertSeeker seeker, TestExperts... experts) {
    return new Row(name, seeker, List.of(experts), null, null, null, null, null);
  }

  static Stream<Row> scenarios() {
    return Stream.of(
        row("on-site item in Kumamoto is not matched to a Tokyo remote-only expert", ON_SITE_ONLY,
            expert(1).covers("NET-UTM"))
            .excludes(1).says("expertMatch.none.unreachable"),
        row("on-site item in Kumamoto is not matched to a Tokyo on-site expert", ON_SITE_ONLY,
            expert(1).covers("NET-UTM").onSiteIn("KANTO", "13"))
            .excludes(1).says("expertMatch.none.unreachable"),
        row("an expert who comes on site to Kumamoto is matched for an on-site item and says so", ON_SITE_ONLY,
            expert(1).covers("NET-UTM").onSiteIn("KYUSHU", "43", "40"))
            .first(1).says("expertMatch.reason.onSite").fallback(Fallback.Kind.NONE, null),
        row("an expert who comes on site and works remotely says both", kumamoto(),
            expert(1).covers("NET-UTM", "ACC-MFA").onSiteIn("KYUSHU", "43").alsoRemote())
            .first(1).says("expertMatch.reason.onSiteAndRemote"),
        row("a Tokyo remote expert is matched for items that need no presence and says it is remote",
            kumamoto(), expert(1).covers("ACC-MFA"))
            .first(1).says("expertMatch.reason.remoteOnly"),
        row("a remote expert names the on-site items it cannot do", kumamoto(),
            expert(1).covers("ACC-MFA", "NET-UTM"))
            .first(1).says("expertMatch.reason.notOnSiteHere"),
        row("the expert covering more of the risk ranks first, even when dearer", kumamoto(),
            expert(1).covers("HR-TRAIN").rate(3_000), expert(2).covers("ACC-MFA").rate(8_000))
            .first(2).says("expertMatch.reason.covers"),
        row("cheaper expert first when coverage is equal", kumamoto(),
            expert(1).covers("ACC-MFA", "BACKUP-01").rate(8_000), expert(2).covers("ACC-MFA", "BACKUP-01").rate(5_000))
            .first(2).says("expertMatch.reason.withinBudget"),
        row("an expert who can also write the rules is not ranked lower for its many hours",
            kumamoto(List.of(NEED_MFA, NEED_BACKUP, NEED_RULES)),
            expert(1).covers("ACC-MFA"), expert(2).covers("ACC-MFA", "ORG-REGS"))
            .first(2),
        row("one 5-star rating does not beat twenty 4.8s", kumamoto(),
            expert(1).covers("ACC-MFA").rated(5.0, 1), expert(2).covers("ACC-MFA").rated(4.8, 20))
            .first(2).says("expertMatch.reason.ratedFew"),
        row("twelve good ratings beat none", kumamoto(),
            expert(1).covers("ACC-MFA"), expert(2).covers("ACC-MFA").rated(4.6, 12))
            .first(2).says("expertMatch.reason.notRated"),
        row("fully booked expert excluded", kumamoto(),
            expert(1).covers("ACC-MFA", "BACKUP-01").hours(0, 20), expert(2).covers("HR-TRAIN"))
            .first(2).excludes(1),
        row("an expert whose one hour costs more than the monthly budget is excluded", kumamoto(),
            expert(1).covers("ACC-MFA").rate(60_000), expert(2).covers("HR-TRAIN"))
            .first(2).excludes(1),
        row("an expert over budget for all its items is still shown, with the hours the budget pays", kumamoto(),
            expert(1).covers("ACC-MFA", "BACKUP-01", "HR-TRAIN").rate(9_000))
            .first(1).says("expertMatch.reason.overBudget"),
        row("an expert with free slots ranks before one with none, who is still matched", kumamoto(),
            expert(1).covers("ACC-MFA").slots(0), expert(2).covers("ACC-MFA").slots(4))
            .first(2).says("expertMatch.reason.noSlots"),
        row("the expert with hours left ranks before a nearly fully booked one, so the load spreads", kumamoto(),
            expert(1).covers("ACC-MFA").hours(2, 20), expert(2).covers("ACC-MFA").hours(18, 20))
            .first(2).says("expertMatch.reason.hoursLeft"),
        row("equal experts rank by id", kumamoto(), expert(7).covers("ACC-MFA"), expert(3).covers("ACC-MFA"))
            .first(3),
        row("an expert covering none of the items is not matched", kumamoto(),
            expert(1).covers("OT-SEGMENT"), expert(2).covers("HR-TRAIN"))
            .first(2).excludes(1),
        row("nobody in prefecture → same-region fallback", ON_SITE_ONLY,
            expert(1).covers("NET-UTM").onSiteIn("KANTO", "13"), expert(2).covers("NET-UTM").onSiteIn("KYUSHU", "40"),
            expert(3).covers("NET-UTM"))
            .excludes(2).says("expertMatch.reason.region").fallback(Fallback.Kind.REGION, 2L),
        row("nobody in the region → remote guidance fallback", ON_SITE_ONLY,
            expert(1).covers("NET-UTM").onSiteIn("KANTO", "13"), expert(2).covers("NET-WIFI"))
            .says("expertMatch.fallback.remote").fallback(Fallback.Kind.REMOTE, 2L),
        row("an on-site item nobody here does gets a region offer next to the remote matches", kumamoto(),
            expert(1).covers("ACC-MFA"), expert(2).covers("NET-UTM").onSiteIn("KYUSHU", "41"))
            .first(1).excludes(2).says("expertMatch.fallback.region").fallback(Fallback.Kind.REGION, 2L),
        row("a fully booked expert in the region is not offered", ON_SITE_ONLY,
            expert(1).covers("NET-UTM").onSiteIn("KYUSHU", "40").hours(0, 10))
            .says("expertMatch.fallback.nobody").fallback(Fallback.Kind.NONE, null),
        row("nobody covers the items → says no verified expert covers them", kumamoto(),
            expert(1).covers("OT-SEGMENT"))
            .says("expertMatch.none.noCoverage").fallback(Fallback.Kind.NONE, null),
        row("everybody who could help is fully booked → says so", kumamoto(),
            expert(1).covers("ACC-MFA").hours(0, 20))
            .excludes(1).says("expertMatch.none.fullyBooked"),
        row("everybody who could help charges more per hour than the budget → says so", kumamoto(),
            expert(1).covers("ACC-MFA").rate(80_000), expert(2).covers("BACKUP-01").rate(55_000))
            .excludes(2).says("expertMatch.none.overBudget"),
        row("no open item an expert can help with → says so", kumamoto(List.of()), expert(1).covers("ACC-MFA"))
            .excludes(1).says("expertMatch.none.noNeeds").fallback(Fallback.Kind.NONE, null),
        row("a company without a prefecture is asked for it for on-site items",
            new ExpertSeeker(null, null, 50_000, List.of(NEED_UTM)),
            expert(1).covers("NET-UTM").onSiteIn("KYUSHU", "43"))
            .excludes(1).says("expertMatch.none.noPrefecture"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void scenario(Row row) {
    ExpertMatchResult result = MATCHER.match(row.seeker(), row.experts().stream().map(TestExperts::build).toList(), 20);
    if (row.first() != null) {
      assertThat(result.matches()).isNotEmpty();
      assertThat(result.matches().get(0).expert().expertId()).isEqualTo(row.first());
      assertThat(result.whyNone()).isEmpty();
    } else {
      assertThat(result.matches()).isEmpty();
      assertThat(result.whyNone()).isNotEmpty();
    }
    if (row.excluded() != null) {
      assertThat(result.matches()).extracting(m -> m.expert().expertId()).doesNotContain(row.excluded());
    }
    if (row.says() != null) {
      assertThat(keys(result)).contains(row.says());
    }
    if (row.fallback() != null) {
      assertThat(result.fallback().kind()).isEqualTo(row.fallback());
      assertThat(result.fallback().matches().stream().map(m -> m.expert().expertId()).findFirst())
          .isEqualTo(Optional.ofNullable(row.fallbackFirst()));
    }
    assertRendersInBothLanguages(result);
  }

  @Test
  void everyMatchSaysWhatItCoversHowItReachesWhatItCostsItsSlotsRatingAndHours() {
    ExpertMatch m = MATCHER.match(kumamoto(), List.of(expert(1).covers("ACC-MFA", "BACKUP-01", "NET-UTM")
        .onSiteIn("KYUSHU", "43").rate(6_000).slots(3).rated(4.6, 12).hours(5, 20).build()), 20).matches().get(0);
    assertThat(m.coveredMeasureCodes()).containsExactly("ACC-MFA", "BACKUP-01", "NET-UTM");
    assertThat(m.riskCoveredYen()).isEqualTo(2_700_000);
    assertThat(m.remoteOnly()).isFalse();
    assertThat(m.reasons()).extracting(Reason::key).containsExactly("expertMatch.reason.covers",
        "expertMatch.reason.onSite", "expertMatch.reason.overBudget", "expertMatch.reason.slots",
        "expertMatch.reason.rated", "expertMatch.reason.hoursLeft");
    String ja = String.join("\n", m.reasons().stream().map(r -> Texts.message(Locale.JAPANESE, r)).toList());
    assertThat(ja).contains("5件のうち、3件（多要素認証、バックアップ、UTMの設置）", "約2,700,000円", "熊本県まで来て",
        "1時間6,000円", "約13時間、約78,000円", "月の予算50,000円を超えます", "月の予算で払えるのは8時間分", "空き枠が3件",
        "12社の評価の平均は4.6点", "あと5時間");
    String en = String.join("\n", m.reasons().stream().map(r -> Texts.message(Locale.ENGLISH, r)).toList());
    assertThat(en).contains("3 of the 5 open items", "(MFA, Backups, Installing a UTM)", "Kumamoto",
        "¥6,000 an hour", "about 13 h ≈ ¥78,000", "over your monthly budget of ¥50,000", "pays for 8 h",
        "3 free slots", "Rated 4.6 out of 5 by 12 SMEs",
        "Has 5 of 20 hours left");
  }

  @Test
  void theSameRegionFallbackSaysWhichRegionAndThatItIsNotInThePrefecture() {
    ExpertMatchResult r = MATCHER.match(ON_SITE_ONLY,
        List.of(expert(2).covers("NET-UTM", "NET-WIFI").onSiteIn("KYUSHU", "40", "41").build()), 20);
    assertThat(Texts.message(Locale.JAPANESE, r.whyNone().get(0))).contains("熊本県まで来られる人がいません");
    assertThat(Texts.message(Locale.JAPANESE, r.fallback().reasons().get(0))).contains("同じ九州地方");
    ExpertMatch offered = r.fallback().matches().get(0);
    assertThat(offered.remoteOnly()).isFalse();
    assertThat(offered.coveredMeasureCodes()).containsExactly("NET-UTM", "NET-WIFI");
    assertThat(offered.reasons().stream().map(x -> Texts.message(Locale.ENGLISH, x)))
        .contains("Not in Kumamoto, but comes on site elsewhere in your region (Kyushu); travel may cost extra.");
  }

  @Test
  void aLongListOfItemsNamesTheThreeRiskiestAndCountsTheRest() {
    ExpertMatch m = MATCHER.match(kumamoto(), List.of(expert(1)
        .covers("ACC-MFA", "BACKUP-01", "NET-UTM", "HR-TRAIN", "NET-WIFI").onSiteIn("KYUSHU", "43").build()), 1)
        .matches().get(0);
    assertThat(Texts.message(Locale.ENGLISH, m.reasons().get(0)))
        .contains("5 of the 5 open items", "(MFA, Backups, Installing a UTM and 2 more)", "¥3,200,000");
  }

  @Test
  void theScoreIsTheDocumentedSum() {
    ExpertCard e = expert(1).covers("ACC-MFA").rate(5_000).slots(2).rated(4.5, 5).hours(10, 20).build();
    double risk = 1_200_000 / 3_200_000.0;
    double affordable = 50_000 / (50_000 + 5_000 * 20.0);
    double rating = ((5 * 4.0 + 5 * 4.5) / 10 - 1) / 4;
    double expected = 40 * risk + 25 * affordable + 15 * 0.5 + 12 * rating + 8 * 0.5;
    assertThat(MATCHER.match(kumamoto(), List.of(e), 1).matches().get(0).score()).isCloseTo(expected,
        Offset.offset(1e-9));
  }

  @Test
  void theSameMeasureListedTwiceCountsOnce() {
    ExpertSeeker twice = kumamoto(List.of(NEED_MFA, NEED_MFA, NEED_BACKUP));
    ExpertMatch m = MATCHER.match(twice, List.of(expert(1).covers("ACC-MFA").build()), 1).matches().get(0);
    assertThat(m.coveredMeasureCodes()).containsExactly("ACC-MFA");
    assertThat(m.riskCoveredYen()).isEqualTo(2_400_000);
  }

  @Test
  void askingForNoMatchIsRefused() {
    assertThatThrownBy(() -> MATCHER.match(kumamoto(), List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Random seeded experts (150 or 2,000; Okinawa, where nobody comes on site, every fourth
   * seed): what any answer must satisfy, checked without the matcher's own code.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void anyAnswerIsSortedBoundedReachableCompleteAndDeterministic(long seed) {
    List<ExpertCard> cards = RandomExperts.cards(seed % 2 == 0 ? 2_000 : 150, seed);
    String prefecture = seed % 4 == 3 ? "47" : String.format("%02d", 1 + new Random(seed).nextInt(47));
    ExpertSeeker seeker = RandomExperts.seeker(prefecture, 3 + (int) seed, (int) seed % 3 + 1, seed);
    int top = 5 + (int) seed;
    ExpertMatchResult result = MATCHER.match(seeker, cards, top);
    ExpertMatchResult all = MATCHER.match(seeker, cards, Integer.MAX_VALUE);
    List<ExpertCard> shuffled = new ArrayList<>(cards);
    Collections.shuffle(shuffled, new Random(seed));

    long eligible = cards.stream().filter(c -> eligible(seeker, c)).count();
    assertThat(all.matches()).hasSize((int) eligible);
    assertThat(result.matches()).hasSize((int) Math.min(top, eligible));
    assertThat(result.matches()).isEqualTo(all.matches().subList(0, result.matches().size()));
    assertThat(all.matches()).isSortedAccordingTo(BEST_FIRST);
    assertThat(all.matches()).allSatisfy(m -> {
      assertThat(eligible(seeker, m.expert())).isTrue();
      assertThat(m.coveredMeasureCodes()).isNotEmpty()
          .allSatisfy(code -> assertThat(reaches(seeker, m.expert(), need(seeker, code))).isTrue());
    });
    assertThat(MATCHER.match(seeker, shuffled, top)).isEqualTo(result);
    assertThat(MATCHER.match(seeker, cards, top)).isEqualTo(result);
    assertFallbackOnlyForOnSiteItemsNobodyHereReaches(seeker, cards, result.fallback(), top);
  }

  static final Comparator<ExpertMatch> BEST_FIRST = Comparator
      .comparingDouble(ExpertMatch::score).reversed().thenComparingLong(m -> m.expert().expertId());

  static void assertFallbackOnlyForOnSiteItemsNobodyHereReaches(ExpertSeeker s, List<ExpertCard> cards,
      Fallback fallback, int top) {
    List<String> unreached = s.needs().stream().filter(ExpertNeed::needsPresence)
        .filter(n -> cards.stream().noneMatch(c -> eligible(s, c) && covers(c, n) && reaches(s, c, n)))
        .map(ExpertNeed::measureCode).toList();
    assertThat(fallback.reasons().isEmpty()).isEqualTo(unreached.isEmpty());
    assertThat(fallback.matches()).hasSizeLessThanOrEqualTo(top).isSortedAccordingTo(BEST_FIRST)
        .allSatisfy(m -> {
          ExpertCard c = m.expert();
          assertThat(c.freeHours() > 0 && c.hourlyRateYen() <= s.monthlyBudgetYen()).isTrue();
          assertThat(m.coveredMeasureCodes()).isNotEmpty().isSubsetOf(unreached)
              .allSatisfy(code -> assertThat(c.measureCodes()).contains(code));
          assertThat(fallback.kind() == Fallback.Kind.REGION
              ? c.onSite() && c.regions().contains(s.region()) : c.remote()).isTrue();
        });
  }

  static boolean eligible(ExpertSeeker s, ExpertCard c) {
    return c.freeHours() > 0 && c.hourlyRateYen() <= s.monthlyBudgetYen()
        && s.needs().stream().anyMatch(n -> c.measureCodes().contains(n.measureCode()) && reaches(s, c, n));
  }

  static boolean covers(ExpertCard c, ExpertNeed n) {
    return c.measureCodes().contains(n.measureCode());
  }

  static boolean reaches(ExpertSeeker s, ExpertCard c, ExpertNeed n) {
    boolean here = c.onSite() && c.prefectures().contains(s.prefectureCode());
    return here || !n.needsPresence() && c.remote();
  }

  static ExpertNeed need(ExpertSeeker s, String code) {
    return s.needs().stream().filter(n -> n.measureCode().equals(code)).findFirst().orElseThrow();
  }

  static List<String> keys(ExpertMatchResult r) {
    List<String> keys = new ArrayList<>();
    r.matches().forEach(m -> m.reasons().forEach(x -> keys.add(x.key())));
    r.whyNone().forEach(x -> keys.add(x.key()));
    r.fallback().reasons().forEach(x -> keys.add(x.key()));
    r.fallback().matches().forEach(m -> m.reasons().forEach(x -> keys.add(x.key())));
    return keys;
  }

  static void assertRendersInBothLanguages(ExpertMatchResult r) {
    List<Reason> all = new ArrayList<>(r.whyNone());
    r.matches().forEach(m -> all.addAll(m.reasons()));
    all.addAll(r.fallback().reasons());
    r.fallback().matches().forEach(m -> all.addAll(m.reasons()));
    for (Reason reason : all) {
      for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
        assertThat(Texts.message(locale, reason)).as(reason.key()).doesNotContain("{").isNotBlank();
      }
    }
  }
}
