package jp.sukedachi.platform.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers on the responses the container makes before any filter runs: Payara asks
 * the authentication mechanism first, and an anonymous visitor of a guarded page is redirected to
 * the login page from there, and a signed-in user of the wrong role gets the 403 right after it.
 * The headers are set before the mechanism decides; the filter sets them again when the request
 * goes on (with the page policy for a page). Behind a trusted TLS proxy the mechanism's redirect
 * goes to https ({@link GuardedResponse}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class AuthenticationResponseHeaders implements HttpAuthenticationMechanism {
  @Inject @Delegate @Any HttpAuthenticationMechanism mechanism;
  private Forwarding forwarding;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (forwarding == null) {
      forwarding = Forwarding.fromConfig();
    }
    // What the container answers from here (a redirect, a 401) is no page; a request that goes on
    // to a page gets the page policy from the filter.
    boolean secure = forwarding.secure(request);
    SecurityHeaders.apply(request, response, secure, SecurityHeaders.NOT_A_PAGE);
    if (!secure || request.isSecure()) {
      return mechanism.validateRequest(request, response, context);
    }
    // Behind a trusted TLS proxy: the redirect to the login page says https, as the filter's do.
    GuardedResponse guarded = new GuardedResponse(response, true,
        GuardedResponse.requested(request.getHeader("Host"), request.getRequestURI()));
    context.setResponse(guarded);
    try {
      return mechanism.validateRequest(request, guarded, context);
    } finally {
      context.setResponse(response);
    }
  }
}
