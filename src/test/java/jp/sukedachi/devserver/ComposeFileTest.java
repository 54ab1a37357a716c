package jp.sukedachi.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ validated without a Docker engine (none here, and no compose plugin): compose.yaml
 * parses and runs the cluster topology (PostgreSQL, two app instances on one data grid, HAProxy
 * in front and the only published port), everything it and the Dockerfile point at exists, and
 * HAProxy accepts docker/haproxy.cfg and the config scripts/cluster.sh generates.
 */
class ComposeFileTest {
  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    assertThat(o).isInstanceOf(Map.class);
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object o) {
    assertThat(o).isInstanceOf(List.class);
    return (List<String>) o;
  }

  @Test
  void composeRunsTwoClusteredInstancesBehindTheBalancerAndPostgres() throws Exception {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Map<String, Object> compose = map(new Yaml(options).load(Files.readString(Path.of("docker/compose.yaml"))));
    Map<String, Object> services = map(compose.get("services"));
    assertThat(services).containsOnlyKeys("db", "app1", "app2", "balancer");
    assertThat(map(compose.get("volumes"))).containsKey("pgdata");

    Map<String, Object> db = map(services.get("db"));
    assertThat((String) db.get("image")).startsWith("postgres:");
    assertThat(map(db.get("healthcheck"))).containsKey("test");
    assertThat(list(db.get("volumes"))).anyMatch(v -> v.startsWith("pgdata:"));

    for (String name : List.of("app1", "app2")) {
      Map<String, Object> app = map(services.get(name));
      Map<String, Object> build = map(app.get("build"));
      assertThat(Path.of("docker").resolve((String) build.get("context")).resolve((String) build.get("dockerfile")))
          .as(name + " builds from docker/Dockerfile").isEqualTo(Path.of("docker/../docker/Dockerfile"));
      assertThat(map(app.get("environment"))).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD")
          .containsEntry("DB_URL", "jdbc:postgresql://db:5432/sukedachi");
      assertThat(map(map(app.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
      assertThat(app).as(name + " publishes no port: only the balancer does").doesNotContainKey("ports");
      List<String> command = list(app.get("command"));
      assertThat(command).doesNotContain("--nocluster")
          .containsSubsequence("--name", name)
          .containsSubsequence("--clustermode", "tcpip:app1:6900,app2:6900")
          .containsSubsequence("--clustername", "${SUKEDACHI_CLUSTER_NAME:-sukedachi}")
          .containsSubsequence("--hzpublicaddress", name)
          .containsSubsequence("--postbootcommandfile", "/opt/payara/post-boot-commands.asadmin");
      assertThat(String.join(" ", list(map(app.get("healthcheck")).get("test")))).contains("/health/ready");
    }
    assertThat(map(map(map(services.get("app2")).get("depends_on")).get("app1")))
        .as("the second instance starts once the first has migrated").containsEntry("condition", "service_healthy");

    Map<String, Object> balancer = map(services.get("balancer"));
    assertThat((String) balancer.get("image")).startsWith("haproxy:");
    assertThat(list(balancer.get("ports"))).containsExactly("8080:8080");
    assertThat(list(balancer.get("volumes"))).containsExactly("./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
    assertThat(Path.of("docker/haproxy.cfg")).isRegularFile();
    String balancerAddress = (String) map(map(balancer.get("networks")).get("default")).get("ipv4_address");
    for (String name : List.of("app1", "app2")) {
      assertThat(map(map(services.get(name)).get("environment")))
          .as(name + " believes forwarding headers from the balancer only")
          .containsEntry("SUKEDACHI_PROXIES_TRUSTED", balancerAddress + "/32");
    }

    String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
    assertThat(dockerfile).contains("COPY target/sukedachi.war", "COPY src/main/payara/post-boot-commands.asadmin");
    assertThat(Path.of("src/main/payara/post-boot-commands.asadmin")).isRegularFile();
  }

  @Test
  void haproxyAcceptsTheComposeConfigAndTheGeneratedLocalOne() throws Exception {
    assertThat(haproxyCheck(Path.of("docker/haproxy.cfg"))).isEmpty();
    Path local = dir.resolve("haproxy.cfg");
    Files.writeString(local, Cluster.haproxyConfig(8280, 8289, List.of(8281, 8282)), StandardCharsets.UTF_8);
    assertThat(haproxyCheck(local)).isEmpty();
    for (String config : List.of(Files.readString(Path.of("docker/haproxy.cfg")), Files.readString(local))) {
      assertThat(config).contains("option httpchk GET /health/ready", "retry-on conn-failure empty-response",
          "option redispatch", "cookie SRV insert", "http-request disable-l7-retry unless METH_GET || METH_HEAD",
          "application/problem+json");
    }
  }

  /** What {@code haproxy -c} says when it rejects the file; empty when the file is valid. */
  private static String haproxyCheck(Path cfg) throws Exception {
    Process p = new ProcessBuilder(Cluster.HAPROXY, "-c", "-q", "-f", cfg.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return p.waitFor() == 0 ? "" : out;
  }
}
