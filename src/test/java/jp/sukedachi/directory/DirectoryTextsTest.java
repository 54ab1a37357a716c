package jp.sukedachi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.sukedachi.directory.domain.MonitoringType;
import jp.sukedachi.directory.domain.RevisionState;
import jp.sukedachi.directory.domain.ServiceClass;
import jp.sukedachi.directory.domain.ServiceEvent;
import jp.sukedachi.directory.domain.ServiceStatus;
import jp.sukedachi.directory.domain.ServiceTerms;
import jp.sukedachi.platform.Texts;
import org.junit.jupiter.api.Test;

/** Every field an operator may see changed, and every state and step, has a label in both languages. */
class DirectoryTextsTest {

  private static void labelled(Stream<String> keys) {
    keys.forEach(key -> {
      for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
        assertThat(Texts.message(locale, key)).as(key + " in " + locale).isNotBlank();
      }
    });
  }

  @Test
  void everyFieldOfTheTermsHasALabel() {
    labelled(Arrays.stream(ServiceTerms.class.getRecordComponents()).map(RecordComponent::getName)
        .map(f -> "service.field." + f));
  }

  @Test
  void everyClassTypeStatusStateAndStepHasALabel() {
    labelled(Stream.of(ServiceClass.values()).map(v -> "serviceClass." + v));
    labelled(Stream.of(MonitoringType.values()).map(v -> "monitoringType." + v));
    labelled(Stream.of(ServiceStatus.values()).map(v -> "serviceStatus." + v));
    labelled(Stream.of(RevisionState.values()).map(v -> "revisionState." + v));
    labelled(Stream.of(ServiceEvent.Kind.values()).map(v -> "serviceEvent." + v));
  }
}
