package jp.sukedachi.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The cookies a browser keeps: sent with every request, updated from every {@code Set-Cookie}. */
final class CookieJar {
  final Map<String, String> cookies = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();

  HttpRequest.Builder attach(HttpRequest.Builder b) {
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    return b;
  }

  HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : r.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
      return r;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
