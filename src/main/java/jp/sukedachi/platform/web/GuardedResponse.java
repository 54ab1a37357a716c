package jp.sukedachi.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The response as the application sees it, with two guarantees:
 * <ul>
 *   <li>one Content-Security-Policy: PrimeFaces <em>adds</em> its policy with the nonce, which
 *       here replaces the filter's default instead of joining it (two policies would both apply);</li>
 *   <li>when the client came over TLS through a trusted proxy (so Payara saw plain HTTP and made
 *       the session cookie without {@code Secure}), every cookie gets {@code Secure} before the
 *       response is committed: before its first byte, a redirect, an error or a flush;</li>
 *   <li>in that case too, a redirect to this host says {@code https}: Payara makes the
 *       {@code Location} absolute with the scheme it saw ({@code http}). Nothing else makes it so:
 *       Payara's own {@code scheme-mapping} would believe {@code X-Forwarded-Proto} from any
 *       peer, not only from a trusted proxy ({@link Forwarding#secure}).</li>
 * </ul>
 */
final class GuardedResponse extends HttpServletResponseWrapper {
  private final boolean secureCookies;
  private final URI requested;
  private ServletOutputStream stream;
  private PrintWriter writer;

  /**
   * @param secureCookies the client came over TLS that Payara did not see (a trusted proxy's)
   * @param requested the URL asked for as the client sees it (https), to resolve and recognise
   *     redirects; null if it cannot be known
   */
  GuardedResponse(HttpServletResponse response, boolean secureCookies, URI requested) {
    super(response);
    this.secureCookies = secureCookies;
    this.requested = requested;
  }

  /** The URL of the request as a client of the TLS proxy sent it, or null if the Host is unusable. */
  static URI requested(String host, String path) {
    if (host == null || host.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI("https://" + host.strip() + "/");
      return uri.getHost() == null ? null : uri.resolve(new URI(null, null, path, null));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The location with https, if it is (or resolves to) plain http on the requested host; else as is. */
  String secureLocation(String location) {
    if (!secureCookies || requested == null || location == null) {
      return location;
    }
    try {
      URI target = requested.resolve(new URI(location.strip()));
      boolean ours = target.getHost() != null && target.getHost().equalsIgnoreCase(requested.getHost())
          && target.getPort() == requested.getPort();
      if (!ours || !("http".equalsIgnoreCase(target.getScheme()) || "https".equalsIgnoreCase(target.getScheme()))) {
        return location;
      }
      return new URI("https", target.getRawAuthority(), null, null, null).toString()
          + target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
          + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return location;
    }
  }

  @Override
  public void setHeader(String name, String value) {
    super.setHeader(name, "Location".equalsIgnoreCase(name) ? secureLocation(value) : value);
  }

  @Override
  public void addHeader(String name, String value) {
    if (SecurityHeaders.CSP.equalsIgnoreCase(name) || "Location".equalsIgnoreCase(name)) {
      setHeader(name, value);
    } else {
      super.addHeader(name, value);
    }
  }

  /** Adds {@code Secure} to every cookie of the response, if asked to and not committed yet. */
  void beforeCommit() {
    if (!secureCookies || isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(getHeaders("Set-Cookie"));
    if (cookies.stream().allMatch(GuardedResponse::isSecure)) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String secure = isSecure(cookie) ? cookie : cookie + "; Secure";
      if (first) {
        super.setHeader("Set-Cookie", secure);
        first = false;
      } else {
        super.addHeader("Set-Cookie", secure);
      }
    }
  }

  private static boolean isSecure(String cookie) {
    for (String attribute : cookie.split(";")) {
      if (attribute.strip().toLowerCase(Locale.ROOT).equals("secure")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    beforeCommit();
    super.sendRedirect(secureLocation(location));
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    beforeCommit();
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    beforeCommit();
    super.sendError(sc);
  }

  @Override
  public void flushBuffer() throws IOException {
    beforeCommit();
    super.flushBuffer();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!secureCookies) {
      return super.getOutputStream();
    }
    if (stream == null) {
      ServletOutputStream out = super.getOutputStream();
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          beforeCommit();
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          beforeCommit();
          out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
          beforeCommit();
          out.flush();
        }

        @Override
        public void close() throws IOException {
          beforeCommit();
          out.close();
        }

        @Override
        public boolean isReady() {
          return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          out.setWriteListener(listener);
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!secureCookies) {
      return super.getWriter();
    }
    if (writer == null) {
      PrintWriter out = super.getWriter();
      writer = new PrintWriter(new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) {
          beforeCommit();
          out.write(cbuf, off, len);
        }

        @Override
        public void flush() {
          beforeCommit();
          out.flush();
        }

        @Override
        public void close() {
          beforeCommit();
          out.close();
        }
      });
    }
    return writer;
  }
}
