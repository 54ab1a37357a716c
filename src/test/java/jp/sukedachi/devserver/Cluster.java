package jp.sukedachi.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Two (or more) Payara Micro instances of the WAR clustered on their data grid (Hazelcast) on
 * 127.0.0.1 only, behind HAProxy: what {@code scripts/cluster.sh} runs and what {@code ClusterIT}
 * kills instances of.
 *
 * <ul>
 *   <li>The data grid finds its members by explicit TCP discovery on loopback (no multicast), under
 *       a cluster name of its own, so other Payara Micro instances on the same machine never join.
 *       Host-aware partitioning is off: every member has the address 127.0.0.1, and with it on no
 *       backup of a session would be kept on the other member.
 *   <li>HAProxy balances round robin, keeps a browser on one instance while it lives (cookie
 *       {@code SRV}) and sends it to the other when that one dies ({@code option redispatch}); the
 *       session itself is on the data grid. It checks {@code /health/ready} every second, and while
 *       no instance is ready it answers 503 itself (problem+json under {@code /api/}).
 *   <li>PostgreSQL is embedded (zonky, as in {@link DevServer}) unless {@code DB_URL} is set.
 * </ul>
 */
public final class Cluster implements AutoCloseable {
  /** Where and how to run. Ports: the balancer, its statistics page, then one HTTP and one data grid port per instance. */
  public record Layout(Path war, Path micro, Path workDir, int balancerPort, int statsPort, List<Integer> httpPorts,
      List<Integer> gridPorts, int postgresPort, boolean keepData, boolean demo) {}

  /** HAProxy from Debian lives in /usr/sbin, which is not on every user's PATH. */
  public static final String HAPROXY = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("sukedachi.cluster.startSeconds", 240));
  private final Layout layout;
  private final String clusterName;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
  private final Process[] instances;
  private EmbeddedPostgres postgres;
  private String dbUrl;
  private String dbUser;
  private String dbPassword;
  private Process balancer;

  private Cluster(Layout layout) {
    this.layout = layout;
    this.clusterName = "sukedachi-" + layout.balancerPort() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.instances = new Process[layout.httpPorts().size()];
  }

  /**
   * Starts the database and the balancer, then the instances one after the other (each until
   * ready, so that two never seed the demo data at once), and waits until the balancer sees them.
   */
  public static Cluster start(Layout layout) throws Exception {
    Cluster c = begin(layout);
    try {
      for (int i = 0; i < c.instances.length; i++) {
        c.startInstance(i);
      }
      c.awaitBalancerSees(c.instances.length);
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  /** The database and the balancer only, with no instance yet: the balancer answers 503. */
  public static Cluster begin(Layout layout) throws Exception {
    Cluster c = new Cluster(layout);
    // Stops whatever was started when the JVM ends (Ctrl+C, a failed test run), even mid-start.
    Runtime.getRuntime().addShutdownHook(new Thread(c::close));
    try {
      Files.createDirectories(layout.workDir());
      c.startDatabase();
      c.startBalancer();
      // HAProxy starts with its servers up until their checks fail; wait until it knows better.
      c.awaitBalancerSees(0);
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  public static void main(String[] args) throws Exception {
    int base = Integer.getInteger("sukedachi.cluster.port", 8280);
    int count = Integer.getInteger("sukedachi.cluster.instances", 2);
    List<Integer> httpPorts = new ArrayList<>();
    List<Integer> gridPorts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      httpPorts.add(base + 1 + i);
      gridPorts.add(base + 5 + i);
    }
    Layout layout = new Layout(Path.of(System.getProperty("sukedachi.war", "target/sukedachi.war")),
        Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
        Path.of(System.getProperty("sukedachi.dataDir", ".data"), "cluster"), base, base + 9, httpPorts, gridPorts,
        Integer.getInteger("sukedachi.pgPort", 54334), true, true);
    Cluster cluster = start(layout);
    System.out.println("Sukedachi cluster of " + count + " at http://localhost:" + base + "/ (HAProxy; statistics at "
        + "http://localhost:" + layout.statsPort() + "/stats); instances on " + httpPorts + ", data grid '"
        + cluster.clusterName + "'; logs in " + layout.workDir() + " (Ctrl+C to stop)");
    cluster.balancer.waitFor();
  }

  public URI balancer() {
    return URI.create("http://127.0.0.1:" + layout.balancerPort() + "/");
  }

  public URI instance(int i) {
    return URI.create("http://127.0.0.1:" + layout.httpPorts().get(i) + "/");
  }

  /** The instance's server name in the balancer, as in the {@code X-Served-By} header. */
  public static String serverName(int i) {
    return "app" + (i + 1);
  }

  public String clusterName() {
    return clusterName;
  }

  public EmbeddedPostgres postgres() {
    return postgres;
  }

  public String dbUrl() {
    return dbUrl;
  }

  private void startDatabase() throws IOException {
    Map<String, String> env = System.getenv();
    if (env.get("DB_URL") != null) {
      dbUrl = env.get("DB_URL");
      dbUser = env.getOrDefault("DB_USER", "");
      dbPassword = env.getOrDefault("DB_PASSWORD", "");
      return;
    }
    Path data = layout.workDir().resolve("pgdata");
    if (!layout.keepData()) {
      deleteTree(data);
    }
    Files.createDirectories(data);
    // Never zonky's clean-up: it deletes the data directory on close, and a restart needs it.
    postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setPort(layout.postgresPort()).start();
    dbUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    dbUser = "postgres";
    dbPassword = "postgres";
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Stops and starts the embedded PostgreSQL on the same port and data: a database restart. */
  public void restartDatabase() throws IOException {
    if (postgres == null) {
      throw new IllegalStateException("Only the embedded PostgreSQL can be restarted here");
    }
    postgres.close();
    postgres = EmbeddedPostgres.builder().setDataDirectory(layout.workDir().resolve("pgdata"))
        .setCleanDataDirectory(false).setPort(layout.postgresPort()).start();
  }

  /** Starts instance {@code i} (again) and waits until it is ready. */
  public void startInstance(int i) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Ddb.url=" + dbUrl);
    command.add("-Ddb.user=" + dbUser);
    command.add("-Ddb.password=" + dbPassword);
    // the balancer on loopback: its X-Forwarded-For names the client (rate limits, /metrics)
    command.add("-Dsukedachi.proxies.trusted=127.0.0.1/32,::1/128");
    if (layout.demo() && postgres != null) {
      command.add("-Dsukedachi.demo=true");
    }
    String extra = System.getProperty("sukedachi.jvmOptions", "").strip();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    List<String> members = layout.gridPorts().stream().map(p -> "127.0.0.1:" + p).toList();
    command.addAll(List.of("-jar", layout.micro().toString(), "--deploy", layout.war().toString(),
        "--contextroot", "/", "--port", String.valueOf(layout.httpPorts().get(i)), "--name", serverName(i),
        "--clustername", clusterName, "--clustermode", "tcpip:" + String.join(",", members),
        "--interfaces", "127.0.0.1", "--hzpublicaddress", "127.0.0.1",
        "--startport", String.valueOf(layout.gridPorts().get(i)), "--nohostaware", "--disablephonehome"));
    Path postBoot = Path.of("src/main/payara/post-boot-commands.asadmin");
    if (Files.isRegularFile(postBoot)) {
      command.addAll(List.of("--postbootcommandfile", postBoot.toString()));
    }
    File log = layout.workDir().resolve(serverName(i) + ".log").toFile();
    Process p = new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    instances[i] = p;
    await("instance " + serverName(i) + " ready (log: " + log + ")", () -> {
      if (!p.isAlive()) {
        throw new IllegalStateException(serverName(i) + " exited with " + p.exitValue() + "; see " + log);
      }
      return status(instance(i).resolve("health/ready")) == 200;
    });
  }

  /** kill -9 of instance {@code i}: no shutdown, no goodbye to the data grid. */
  public void kill(int i) throws InterruptedException {
    Process p = instances[i];
    if (p != null) {
      p.destroyForcibly();
      p.waitFor();
      instances[i] = null;
    }
  }

  public String haproxyConfig() {
    return haproxyConfig(layout.balancerPort(), layout.statsPort(), layout.httpPorts());
  }

  /** The balancer's configuration for instances on these loopback ports. */
  public static String haproxyConfig(int balancerPort, int statsPort, List<Integer> httpPorts) {
    StringBuilder servers = new StringBuilder();
    for (int i = 0; i < httpPorts.size(); i++) {
      servers.append("  server ").append(serverName(i)).append(" 127.0.0.1:").append(httpPorts.get(i))
          .append(" check cookie ").append(serverName(i)).append('\n');
    }
    return """
        # Generated by jp.sukedachi.devserver.Cluster (scripts/cluster.sh); docker/haproxy.cfg is the same for compose.
        global
          maxconn 4096
          log stdout format raw local0

        defaults
          mode http
          log global
          timeout connect 2s
          timeout client 60s
          timeout server 60s
          timeout http-request 10s
          option httplog
          option forwardfor
          retries 3
          # A request that never reached an instance (connection refused: it just died) goes to another;
          # so does a GET or HEAD that got no answer at all. A write that got no answer is not sent
          # twice: the client sees 502 and knows the write was not acknowledged.
          retry-on conn-failure empty-response
          option redispatch 1

        frontend web
          bind 127.0.0.1:%1$d
          http-request set-header X-Forwarded-Proto http
          # While no instance is ready the balancer answers 503 itself, in the service's formats.
          acl none_ready nbsrv(app) lt 1
          acl api path_beg /api/
          acl english req.hdr(accept-language) -m beg en
          http-request return status 503 content-type application/problem+json hdr Retry-After 5 string "{\\"type\\":\\"urn:sukedachi:problem:app.starting\\",\\"title\\":\\"Temporarily unavailable\\",\\"status\\":503,\\"detail\\":\\"The service is starting or under maintenance. Please try again in a moment.\\"}" if none_ready api english
          http-request return status 503 content-type application/problem+json hdr Retry-After 5 string "{\\"type\\":\\"urn:sukedachi:problem:app.starting\\",\\"title\\":\\"一時的に利用できません\\",\\"status\\":503,\\"detail\\":\\"サービスを起動中またはメンテナンス中です。しばらくしてからもう一度お試しください。\\"}" if none_ready api
          http-request return status 503 content-type "text/html; charset=utf-8" hdr Retry-After 5 string "<!DOCTYPE html><html lang=\\"en\\"><head><meta charset=\\"UTF-8\\"><title>Temporarily unavailable</title></head><body><h1>Temporarily unavailable</h1><p>The service is starting or under maintenance. Please try again in a moment.</p></body></html>" if none_ready english
          http-request return status 503 content-type "text/html; charset=utf-8" hdr Retry-After 5 string "<!DOCTYPE html><html lang=\\"ja\\"><head><meta charset=\\"UTF-8\\"><title>一時的に利用できません</title></head><body><h1>一時的に利用できません</h1><p>サービスを起動中またはメンテナンス中です。しばらくしてからもう一度お試しください。</p></body></html>" if none_ready
          # No cleartext HTTP/2 upgrade (h2c, which Java's HttpClient asks for) through the balancer.
          http-request del-header Upgrade if { req.hdr(upgrade) -i h2c }
          http-request disable-l7-retry unless METH_GET || METH_HEAD
          default_backend app

        backend app
          balance roundrobin
          option httpchk GET /health/ready
          http-check expect status 200
          default-server inter 1s fall 2 rise 1
          # A browser stays on one instance while it lives; its session is on the data grid either way.
          cookie SRV insert indirect nocache httponly attr SameSite=Lax
          http-response set-header X-Served-By %%[srv_name]
        %2$s
        listen stats
          bind 127.0.0.1:%3$d
          stats enable
          stats uri /stats
        """.formatted(balancerPort, servers, statsPort);
  }

  private void startBalancer() throws Exception {
    Path cfg = layout.workDir().resolve("haproxy.cfg");
    Files.writeString(cfg, haproxyConfig(), StandardCharsets.UTF_8);
    Process check = new ProcessBuilder(HAPROXY, "-c", "-q", "-f", cfg.toString()).redirectErrorStream(true).start();
    String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (check.waitFor() != 0) {
      throw new IllegalStateException("haproxy -c rejected " + cfg + ": " + out);
    }
    File log = layout.workDir().resolve("haproxy.log").toFile();
    Process b = new ProcessBuilder(HAPROXY, "-db", "-f", cfg.toString()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    balancer = b;
    await("HAProxy listening (log: " + log + ")", () -> {
      if (!b.isAlive()) {
        throw new IllegalStateException("HAProxy exited with " + b.exitValue() + "; see " + log);
      }
      return status(URI.create("http://127.0.0.1:" + layout.statsPort() + "/stats")) == 200;
    });
  }

  /** Waits until the balancer's health checks see {@code n} instances up. */
  public void awaitBalancerSees(int n) {
    await("the balancer to see " + n + " instances up", () -> upServers() == n);
  }

  /** How many instances the balancer's health checks see up now (from its statistics CSV). */
  public int upServers() {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + layout.statsPort() + "/stats;csv")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return (int) r.body().lines().map(l -> l.split(","))
          .filter(f -> f.length > 17 && "app".equals(f[0]) && f[1].startsWith("app") && f[17].startsWith("UP")).count();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int status(URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls a condition (every 200 ms) until it holds; fails after the start time-out. */
  public static void await(String what, BooleanSupplier condition) {
    await(what, condition, START_TIMEOUT);
  }

  /** Polls a condition (every 200 ms) until it holds; fails after {@code patience}. */
  public static void await(String what, BooleanSupplier condition, Duration patience) {
    Instant until = Instant.now().plus(patience);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new IllegalStateException("Timed out waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public synchronized void close() {
    if (balancer != null) {
      balancer.destroy();
      balancer = null;
    }
    for (int i = 0; i < instances.length; i++) {
      Process p = instances[i];
      if (p != null) {
        p.destroy();
        try {
          if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          p.destroyForcibly();
        }
        instances[i] = null;
      }
    }
    try {
      if (postgres != null) {
        postgres.close();
        postgres = null;
      }
    } catch (IOException e) {
      System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
    }
  }
}
