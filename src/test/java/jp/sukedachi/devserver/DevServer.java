package jp.sukedachi.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local run: {@code mvn -DskipTests package exec:java}. Without {@code DB_URL} it starts an
 * embedded PostgreSQL whose data lives in {@code .data/pgdata} (kept between runs) and turns on
 * the demo data; with {@code DB_URL} it uses that database and creates no demo data. Then it
 * runs the WAR on Payara Micro at http://localhost:8080/.
 */
public final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws Exception {
    String war = System.getProperty("sukedachi.war", "target/sukedachi.war");
    String micro = System.getProperty("payara.microJar", "target/payara-micro.jar");
    String port = System.getProperty("sukedachi.port", "8080");
    Map<String, String> env = System.getenv();
    EmbeddedPostgres postgres = null;
    List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
    // Extra JVM options for Payara, e.g. a JFR recording while benchmarking.
    String extra = System.getProperty("sukedachi.jvmOptions", "").strip();
    if (!extra.isEmpty()) {
      jvm.addAll(List.of(extra.split("\\s+")));
    }
    if (env.get("DB_URL") == null) {
      Path data = Path.of(System.getProperty("sukedachi.dataDir", ".data"), "pgdata");
      Files.createDirectories(data);
      postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
          .setPort(Integer.getInteger("sukedachi.pgPort", 54329)).start();
      jvm.add("-Ddb.url=" + postgres.getJdbcUrl("postgres", "postgres").replace("//localhost:", "//127.0.0.1:"));
      jvm.add("-Ddb.user=postgres");
      jvm.add("-Ddb.password=postgres");
      jvm.add("-Dsukedachi.demo=true");
      System.out.println("Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + data);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-jar", micro, "--deploy", war, "--contextroot", "/", "--port", port,
        "--nocluster", "--disablephonehome", "--postbootcommandfile", "src/main/payara/post-boot-commands.asadmin"));
    Process server = new ProcessBuilder(command).inheritIO().directory(new File(".")).start();
    EmbeddedPostgres db = postgres;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.destroy();
      closeQuietly(db);
    }));
    System.out.println("Sukedachi starting at http://localhost:" + port + "/ (Ctrl+C to stop)");
    int exit = server.waitFor();
    closeQuietly(db);
    System.exit(exit);
  }

  private static void closeQuietly(EmbeddedPostgres db) {
    try {
      if (db != null) {
        db.close();
      }
    } catch (Exception e) {
      System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
    }
  }
}
