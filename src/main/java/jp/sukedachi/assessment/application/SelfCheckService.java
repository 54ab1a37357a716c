package jp.sukedachi.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.assessment.access.AccessPolicy;
import jp.sukedachi.assessment.access.DataPart;
import jp.sukedachi.assessment.facts.Answer;
import jp.sukedachi.assessment.domain.SelfCheck;
import jp.sukedachi.assessment.domain.SelfCheckSheet;
import jp.sukedachi.assessment.facts.SelfCheckSubmitted;
import jp.sukedachi.platform.FieldError;
import jp.sukedachi.platform.InvalidInputException;
import jp.sukedachi.platform.NotFoundException;
import org.eclipse.microprofile.metrics.annotation.Counted;

/** Taking the 自社診断 and reading its history. */
@ApplicationScoped
public class SelfCheckService {
  @PersistenceContext EntityManager em;
  @Inject AccessPolicy access;
  @Inject Clock clock;
  @Inject Event<SelfCheckSubmitted> submitted;

  @Transactional
  @Counted(name = "self_checks_submitted", absolute = true, description = "Self-checks completed")
  public SelfCheckView submit(AccountPrincipal actor, long companyId, SelfCheckInput input) {
    access.change(actor, companyId);
    SelfCheck check = new SelfCheck(companyId, answersOf(input), clock.instant());
    em.persist(check);
    em.flush();
    SelfCheckView view = view(check);
    submitted.fire(new SelfCheckSubmitted(companyId, view.result().score()));
    return view;
  }

  @Transactional
  public SelfCheckView get(AccountPrincipal actor, long companyId, long selfCheckId) {
    access.workspace(actor, companyId, DataPart.SELF_CHECK);
    SelfCheck check = em.find(SelfCheck.class, selfCheckId);
    if (check == null || !check.isOf(companyId)) {
      throw new NotFoundException("error.self-check-not-found");
    }
    return view(check);
  }

  @Transactional
  public List<SelfCheckView> history(AccountPrincipal actor, long companyId) {
    access.workspace(actor, companyId, DataPart.SELF_CHECK);
    return em.createQuery(
            "select s from SelfCheck s where s.companyId = :c order by s.takenAt desc, s.id desc",
            SelfCheck.class)
        .setParameter("c", companyId).getResultStream().map(SelfCheckService::view).toList();
  }

  /** Every one of the 25 items answered exactly once with a known answer. */
  static Map<Integer, Answer> answersOf(SelfCheckInput input) {
    if (input == null || input.answers() == null) {
      throw InvalidInputException.of("answers", "selfCheck.answers.required");
    }
    Map<Integer, Answer> answers = new TreeMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < input.answers().size(); i++) {
      SelfCheckInput.ItemAnswer a = input.answers().get(i);
      String path = "answers[" + i + "]";
      Integer item = a == null ? null : a.item();
      if (item == null || item < 1 || item > SelfCheckSheet.ITEMS) {
        errors.add(FieldError.of(path + ".item", "selfCheck.item.invalid"));
      } else if (!isAnswer(a.answer())) {
        errors.add(FieldError.of(path + ".answer", "selfCheck.answer.invalid", item));
      } else if (answers.put(item, Answer.valueOf(a.answer())) != null) {
        errors.add(FieldError.of(path + ".item", "selfCheck.item.duplicate", item));
      }
    }
    List<Integer> missing = SelfCheckSheet.missing(answers);
    if (errors.isEmpty() && !missing.isEmpty()) {
      String items = String.join(", ", missing.stream().map(String::valueOf).toList());
      errors.add(FieldError.of("answers", "selfCheck.item.missing", items));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return answers;
  }

  private static boolean isAnswer(String s) {
    return s != null && Arrays.stream(Answer.values()).anyMatch(a -> a.name().equals(s));
  }

  private static SelfCheckView view(SelfCheck s) {
    return new SelfCheckView(s.id(), s.takenAt(), s.result(), s.answers());
  }
}
