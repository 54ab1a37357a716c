package jp.sukedachi.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks the request headers the JAX-RS runtime parses, before it does. The runtime answers a
 * malformed {@code Accept} or {@code Content-Type} with a bare 400 that the container turns into
 * an HTML page, and fails on a malformed {@code Accept-Language} wherever it is read. Here a
 * malformed {@code Accept} or {@code Content-Type} is a 400 problem naming the header, and a
 * malformed {@code Accept-Language} is replaced by the languages that could be read from it
 * ({@link AcceptLanguage}): a language is a preference, not worth refusing a request for.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class ReadableHeaders implements ContainerRequestFilter {
  @Inject ProblemFactory problems;

  @Override
  public void filter(ContainerRequestContext request) {
    String language = request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    if (language != null && !parses(() -> request.getAcceptableLanguages())) {
      String readable = AcceptLanguage.parse(language).stream().map(Locale::toLanguageTag)
          .collect(Collectors.joining(","));
      if (readable.isEmpty()) {
        request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
      } else {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, readable);
      }
    }
    if (!parses(() -> request.getAcceptableMediaTypes())) {
      request.abortWith(problems.problem(Status.BAD_REQUEST, "error.bad-header", HttpHeaders.ACCEPT));
    } else if (!parses(() -> request.getMediaType())) {
      request.abortWith(problems.problem(Status.BAD_REQUEST, "error.bad-header", HttpHeaders.CONTENT_TYPE));
    }
  }

  private static boolean parses(Runnable read) {
    try {
      read.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
