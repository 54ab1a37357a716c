package jp.sukedachi.account.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.sukedachi.account.domain.AccountPrincipal;
import jp.sukedachi.account.domain.Role;

/**
 * Pages under /sme/ need a signed-in SME, /account/ any signed-in user. Others are sent to the
 * login page (or get 403 for the wrong role).
 */
@WebFilter(urlPatterns = {"/sme/*", "/account/*"})
public class PageAccessFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<AccountPrincipal> user = SignedIn.of(req.getSession(false));
    if (user.isEmpty()) {
      if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
        res.setContentType("text/xml");
        res.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
            + req.getContextPath() + "/login.xhtml\"/></partial-response>");
        return;
      }
      res.sendRedirect(req.getContextPath() + "/login.xhtml");
      return;
    }
    if (req.getServletPath().startsWith("/sme/") && !user.get().is(Role.SME)) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(req, res);
  }
}
