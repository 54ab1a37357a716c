package jp.sukedachi.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An expert's codes behave as an ordinary immutable set, before and after a trip through a session. */
class CodeSetTest {
  @Test
  void isTheSameSetAsTheCodesGivenInCodeOrder() {
    CodeSet s = CodeSet.of(CodeSet.Kind.MEASURE, List.of("NET-UTM", "ACC-MFA", "ACC-MFA"));
    assertThat(s).isEqualTo(Set.of("ACC-MFA", "NET-UTM")).hasSameHashCodeAs(Set.of("ACC-MFA", "NET-UTM"));
    assertThat(new ArrayList<>(s)).containsExactly("ACC-MFA", "NET-UTM");
    assertThat(s.contains("NET-UTM")).isTrue();
    assertThat(s.contains("NET-WIFI")).isFalse();
    assertThat(s.contains(null)).isFalse();
  }

  @Test
  void holdsCodesBeyondTheFirst128() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add("TEST-MANY-" + i);
    }
    CodeSet s = CodeSet.of(CodeSet.Kind.MEASURE, many);
    assertThat(s).hasSize(300).containsAll(many);
    assertThat(s.contains("TEST-MANY-300")).isFalse();
    assertThat(s.has(CodeSet.Kind.MEASURE.bit("TEST-MANY-299"))).isTrue();
  }

  @Test
  void cannotBeChanged() {
    CodeSet s = CodeSet.of(CodeSet.Kind.REGION, List.of("KYUSHU"));
    assertThatThrownBy(() -> s.add("KANTO")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.remove("KYUSHU")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(s::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CodeSet.of(CodeSet.Kind.REGION, Arrays.asList("KYUSHU", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void anExpertSurvivesSerialisationAndStillMatches() throws Exception {
    ExpertCard card = TestExperts.expert(1).covers("ACC-MFA").onSiteIn("KYUSHU", "43").alsoRemote().build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(card);
    }
    ExpertCard back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (ExpertCard) in.readObject();
    }
    assertThat(back).isEqualTo(card);
    ExpertMatch m = new ExpertMatcher().match(TestExperts.kumamoto(), List.of(back), 1).matches().get(0);
    assertThat(m.coveredMeasureCodes()).containsExactly("ACC-MFA");
    assertThat(m.remoteOnly()).isFalse();
  }
}
