package jp.sukedachi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small REST client for the integration tests. */
final class Api {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Api(URI base) {
    this.base = base;
  }

  record Reply(int status, String body, HttpResponse<String> raw) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply send(String method, String path, String token, String language, String type, byte[] body) {
    return send(method, path, token, language, type, body, null);
  }

  /**
   * As from another client: the test server trusts loopback as a balancer, so the address in
   * {@code X-Forwarded-For} is the client the rate limits see.
   */
  Reply jsonFrom(String client, String method, String path, String language, JsonStructure body) {
    return send(method, path, null, language, "application/json",
        body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), client);
  }

  private Reply send(String method, String path, String token, String language, String type, byte[] body,
      String forwardedFor) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (forwardedFor != null) {
      b.header("X-Forwarded-For", forwardedFor);
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body(), r);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Reply get(String path, String token) {
    return send("GET", path, token, null, null, null);
  }

  Reply json(String method, String path, String token, JsonStructure body) {
    return json(method, path, token, null, body);
  }

  Reply json(String method, String path, String token, String language, JsonStructure body) {
    return send(method, path, token, language, "application/json", body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The password of every account the scenarios sign up. */
  static final String PASSWORD = "long-enough-pw";

  /** Signs up an account of the role with a unique e-mail, confirms it, and returns the e-mail. */
  String signUp(String role, String displayName) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@it.example";
    signUp(email, PASSWORD, displayName, role);
    return email;
  }

  /**
   * Signs up with this e-mail and confirms through the link of the sign-up mail, as the person
   * would; the account exists afterwards.
   */
  void signUp(String email, String password, String displayName, String role) {
    Reply r = json("POST", "api/v1/accounts", null, Json.createObjectBuilder().add("email", email)
        .add("password", password).add("displayName", displayName).add("role", role).build());
    if (r.status() != 202) {
      throw new IllegalStateException("sign-up failed: " + r.body());
    }
    confirm(email);
  }

  /** Uses the link of the newest sign-up mail to this address (see {@link SignUpMail}). */
  Reply confirm(String email) {
    Reply r = json("POST", "api/v1/accounts/confirmations", null,
        Json.createObjectBuilder().add("token", SignUpMail.takeToken(email)).build());
    if (r.status() != 201) {
      throw new IllegalStateException("confirmation failed: " + r.body());
    }
    return r;
  }

  /** Signs up a new account with a unique e-mail and returns its bearer token. */
  String newAccount(String role) {
    return token(signUp(role, "IT " + role), PASSWORD);
  }

  String token(String email, String password) {
    Reply r = json("POST", "api/v1/auth/token", null,
        Json.createObjectBuilder().add("email", email).add("password", password).build());
    if (r.status() != 200) {
      throw new IllegalStateException("token failed: " + r.body());
    }
    return r.json().getString("token");
  }

  static JsonObject company(String industry, long capital, int employees) {
    return Json.createObjectBuilder().add("name", "テスト株式会社").add("legalForm", "CORPORATION")
        .add("industry", industry).add("capitalYen", capital).add("employees", employees)
        .add("prefecture", "13").add("sites", 1).add("monthlyBudgetYen", 20000)
        .add("oneOffBudgetYen", 200000).build();
  }
}
