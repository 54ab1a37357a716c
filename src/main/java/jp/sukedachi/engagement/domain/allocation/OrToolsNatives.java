package jp.sukedachi.engagement.domain.allocation;

import com.google.ortools.Loader;
import java.util.Locale;

/**
 * OR-Tools' native library, loaded once per class loader, on first use.
 *
 * <p>{@link Loader#loadNativeLibraries()} unpacks the library of this platform (from the
 * {@code ortools-<os>-<arch>} jar on the class path, inside the WAR on the server) into a temporary
 * directory deleted when the JVM exits, and {@code System.load}s it. The holder idiom runs it once:
 * the JVM initialises {@link Holder} once, under its own lock, on the first {@link #load()}. A
 * failure (no library for this platform in the WAR, a temporary directory that cannot be written)
 * is kept and reported on every call, not only the first.
 */
final class OrToolsNatives {
  private OrToolsNatives() {}

  /** Makes sure the native library is loaded; an {@link IllegalStateException} if it cannot be. */
  static void load() {
    if (Holder.FAILURE != null) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "OR-Tools' native library could not be loaded on %s/%s (is the ortools-<os>-<arch> jar of this platform "
              + "on the class path? see pom.xml)", System.getProperty("os.name"), System.getProperty("os.arch")),
          Holder.FAILURE);
    }
  }

  private static final class Holder {
    static final Throwable FAILURE = loadOnce();

    private static Throwable loadOnce() {
      try {
        Loader.loadNativeLibraries();
        return null;
      } catch (RuntimeException | LinkageError e) {
        return e;
      }
    }
  }
}
