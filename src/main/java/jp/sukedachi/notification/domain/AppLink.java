package jp.sukedachi.notification.domain;

import java.util.regex.Pattern;

/**
 * Where a notification leads: a path inside the application such as {@code /account/shared.xhtml},
 * never an address elsewhere (no scheme, no {@code //host}, no backslash), so neither the page nor
 * the mail can be turned into a link to another site.
 */
public record AppLink(String path) {
  private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/?=&%#-]*");
  static final int MAX_LENGTH = 500;

  public AppLink {
    if (path == null || path.length() > MAX_LENGTH || !SAFE.matcher(path).matches()) {
      throw new IllegalArgumentException("Not a path inside the application: " + path);
    }
  }

  /** The link as a full address under the application's public base address. */
  public String absolute(String baseUrl) {
    return baseUrl + path;
  }
}
