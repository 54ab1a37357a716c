package jp.sukedachi.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR as Maven packaged it, and the loopback address it answers on. */
final class Deployments {
  private Deployments() {}

  static WebArchive war() {
    File war = new File(System.getProperty("sukedachi.war", "target/sukedachi.war"));
    return ShrinkWrap.create(ZipImporter.class, "sukedachi.war").importFrom(war).as(WebArchive.class);
  }

  /** Arquillian reports the machine's interface address; tests stay on 127.0.0.1. */
  static App app(URL base) {
    String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
    return new App(URI.create("http://127.0.0.1:" + base.getPort() + path),
        URI.create("http://127.0.0.1:" + base.getPort() + "/"));
  }
}
