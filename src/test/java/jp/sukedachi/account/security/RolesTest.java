package jp.sukedachi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.sukedachi.account.domain.Role;
import org.junit.jupiter.api.Test;

/** The role names in annotations, web.xml and Payara's role mapping are the account roles (and ACCOUNT). */
class RolesTest {
  private static final Path WEB_INF = Path.of("src/main/webapp/WEB-INF");
  private static final Set<String> ROLES = roles();

  /** The account roles, and ACCOUNT, which every signed-in caller has. */
  private static Set<String> roles() {
    Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    roles.add(Roles.ANY_ACCOUNT);
    return roles;
  }

  @Test
  void everyRoleHasItsConstantAndIsItsOwnGroup() throws ReflectiveOperationException {
    for (Role role : Role.values()) {
      assertThat(Roles.class.getField(role.name()).get(null)).isEqualTo(role.name());
      assertThat(Roles.groupsOf(role)).containsExactlyInAnyOrder(role.name(), Roles.ANY_ACCOUNT);
    }
  }

  @Test
  void webXmlDeclaresExactlyTheAccountRoles() throws IOException {
    assertThat(all("<security-role><role-name>([^<]+)</role-name>", read("web.xml"))).isEqualTo(ROLES);
  }

  @Test
  void webXmlKeepsEachPageFolderToItsRoles() throws IOException {
    String xml = read("web.xml").replaceAll("\\s+", " ");
    assertThat(xml)
        .contains("<url-pattern>/sme/*</url-pattern> </web-resource-collection> <auth-constraint><role-name>SME</role-name>")
        .contains("<url-pattern>/admin/*</url-pattern> </web-resource-collection> <auth-constraint><role-name>ADMIN</role-name>")
        .containsPattern("<url-pattern>/account/\\*</url-pattern> </web-resource-collection> <!--[^>]*--> <auth-constraint><role-name>ACCOUNT</role-name>");
  }

  @Test
  void payaraMapsEachGroupToTheRoleOfTheSameName() throws IOException {
    String xml = read("glassfish-web.xml").replaceAll("\\s+", "");
    Set<String> mapped = all("<role-name>([^<]+)</role-name><group-name>\\1</group-name>", xml);
    assertThat(mapped).isEqualTo(ROLES);
  }

  private static String read(String file) throws IOException {
    return Files.readString(WEB_INF.resolve(file));
  }

  private static Set<String> all(String regex, String text) {
    Matcher m = Pattern.compile(regex).matcher(text);
    Set<String> found = new TreeSet<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
