package jp.sukedachi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.sukedachi.account.domain.Role;
import org.junit.jupiter.api.Test;

/**
 * Every REST endpoint says who may call it, so none is open by oversight: Payara enforces
 * {@code @RolesAllowed} and {@code @PermitAll}, and an endpoint with neither would answer anyone.
 */
class EndpointAccessTest {
  private static final List<Method> ENDPOINTS = endpoints();

  private static List<Method> endpoints() {
    List<Method> found = new ArrayList<>();
    new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("jp.sukedachi").stream()
        .filter(c -> c.isAnnotatedWith(Path.class))
        .forEach(c -> Arrays.stream(c.reflect().getDeclaredMethods())
            .filter(EndpointAccessTest::isEndpoint)
            .forEach(found::add));
    return found;
  }

  private static boolean isEndpoint(Method m) {
    return Arrays.stream(m.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  private static String name(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName();
  }

  private static RolesAllowed rolesOf(Method m) {
    RolesAllowed onMethod = m.getAnnotation(RolesAllowed.class);
    return onMethod != null ? onMethod : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
  }

  @Test
  void theResourcesWereFound() {
    assertThat(ENDPOINTS).extracting(EndpointAccessTest::name)
        .contains("AccountResource.me", "CompanyResource.get", "PlanResource.plan");
  }

  @Test
  void everyEndpointIsEitherOpenOnPurposeOrNamesItsRoles() {
    assertThat(ENDPOINTS)
        .filteredOn(m -> !m.isAnnotationPresent(PermitAll.class) && rolesOf(m) == null)
        .extracting(EndpointAccessTest::name)
        .isEmpty();
  }

  @Test
  void onlySignUpItsConfirmationAndTokenIssueAreOpen() {
    assertThat(ENDPOINTS).filteredOn(m -> m.isAnnotationPresent(PermitAll.class))
        .extracting(EndpointAccessTest::name)
        .containsExactlyInAnyOrder("AccountResource.signUp", "AccountResource.confirm", "AuthResource.issue");
  }

  @Test
  void rolesNamedAreAccountRolesOrAnyAccount() {
    Set<String> known = Arrays.stream(Role.values()).map(Role::name)
        .collect(Collectors.toCollection(TreeSet::new));
    known.add(Roles.ANY_ACCOUNT);
    assertThat(ENDPOINTS).map(EndpointAccessTest::rolesOf).filteredOn(r -> r != null)
        .flatMap(r -> List.of(r.value()))
        .isSubsetOf(known);
  }

  @Test
  void operatorNumbersAreForAdminsOnly() {
    Method statistics = ENDPOINTS.stream().filter(m -> name(m).equals("AccountResource.statistics"))
        .findFirst().orElseThrow();
    assertThat(rolesOf(statistics).value()).containsExactly(Roles.ADMIN);
  }
}
