package jp.sukedachi.it;

import java.net.URI;

/**
 * Where the deployed application answers, always on 127.0.0.1: {@code uri} is the
 * application's base (its context root, ending in /), {@code root} the server's root, where
 * MicroProfile Health, Metrics and OpenAPI answer.
 */
record App(URI uri, URI root) {
  URI resolve(String path) {
    return uri.resolve(path);
  }
}
