package jp.sukedachi.guidance.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.facts.BusinessSignal;
import jp.sukedachi.assessment.facts.PersonalInfo;
import jp.sukedachi.platform.Texts;
import org.junit.jupiter.api.Test;

class PlanDump {
  @Test
  void consultant() {
    Planner p = new Planner(Scenarios.catalogue());
    for (var f : ConsultantScenarios.firms()) {
      if (System.getProperty("firm", f.name()).equals(f.name())) {
        show(f.name(), p.plan(f.situation(), f.budget()));
      }
    }
  }

  void dump() {
    Planner p = new Planner(Scenarios.catalogue());
    Situation bakery = new Situation(3, 1, true, true, Map.of("PC", 1), Map.of("EC_SITE", 1, "CLOUD_EMAIL", 1), 1, 0,
        Map.of(), Set.of(PersonalInfo.PERSONAL), Set.of(BusinessSignal.CARD_PAYMENT),
        Scenarios.answers(Answer.NOT_IMPLEMENTED, 2, Answer.IMPLEMENTED), Set.of());
    show("bakery", p.plan(bakery, new Budget(5_000, 50_000, Budget.defaultStaffHours(3), false)));
    Situation dental = new Situation(6, 1, true, true, Map.of("PC", 4, "NETWORK", 1), Map.of("CLOUD_EMAIL", 1), 1, 0,
        Map.of(Threat.ImpactAxis.C, 3, Threat.ImpactAxis.A, 3), Set.of(PersonalInfo.SENSITIVE, PersonalInfo.PERSONAL),
        Set.of(BusinessSignal.GUEST_WIFI), Scenarios.answers(Answer.PARTIAL, 11, Answer.NOT_IMPLEMENTED), Set.of());
    show("dental", p.plan(dental, new Budget(10_000, 100_000, Budget.defaultStaffHours(6), true)));
    Situation construction = new Situation(30, 3, true, false, Map.of("PC", 20, "MOBILE", 15, "NAS", 1, "REMOTE_ACCESS", 1),
        Map.of("CLOUD_EMAIL", 1), 0, 1, Map.of(Threat.ImpactAxis.C, 2, Threat.ImpactAxis.A, 3, Threat.ImpactAxis.I, 3),
        Set.of(PersonalInfo.PERSONAL), Set.of(BusinessSignal.TELEWORK), Scenarios.answers(Answer.PARTIAL), Set.of());
    show("construction", p.plan(construction, new Budget(30_000, 300_000, Budget.defaultStaffHours(30), false)));
    show("manufacturer", p.plan(Scenarios.manufacturer(), new Budget(80_000, 600_000, 40, false)));
  }

  static void show(String name, Plan plan) {
    System.out.printf("== %s  before ¥%,.0f after ¥%,.0f inherent ¥%,.0f level %s subsidy %s%n", name, plan.riskBefore(),
        plan.riskAfter(), plan.inherentRisk(), plan.levelBefore(),
        plan.subsidyNote() == null ? "-" : Texts.message(Locale.ENGLISH, plan.subsidyNote()));
    int k = 0;
    for (Plan.Item i : plan.items()) {
      System.out.printf("%2d %-15s %-16s ¥%,8.0f  1x¥%,d m¥%,d h%.1f | %s%n", ++k, i.measure().code(), i.phase(), i.riskRemoved(),
          i.oneOffYen(), i.netMonthlyYen(), i.hours(),
          String.join(" / ", i.reasons().stream().map(r -> Texts.message(Locale.ENGLISH, r)).toList()));
    }
    for (Plan.Item i : plan.next()) {
      System.out.printf("   next %-15s ¥%,8.0f | %s%n", i.measure().code(), i.riskRemoved(),
          String.join(" / ", i.reasons().stream().map(r -> Texts.message(Locale.ENGLISH, r)).toList()));
    }
  }
}
