package jp.sukedachi.matching.domain;

import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable set of reference codes (measure, prefecture or region codes) that also holds one
 * bit per code, so the expert matcher tests what 50,000 experts cover and reach with a few ANDs
 * on fields of the set instead of hundreds of thousands of hash lookups into scattered sets.
 * Iterates in code order.
 *
 * <p>Each {@link Kind} numbers its codes in the order first seen in this JVM ({@link #bit}); the
 * codes come from the catalogue and the prefecture table, so a kind has at most a few hundred
 * and the first 128 bits sit in two fields. Bits are never serialised: a deserialised set numbers
 * its codes again in the receiving JVM. Only which codes are shared matters to a match, never a
 * bit's number.
 */
final class CodeSet extends AbstractSet<String> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the codes name; each kind numbers its own codes. */
  enum Kind {
    MEASURE, PREFECTURE, REGION;

    private final Map<String, Integer> bits = new ConcurrentHashMap<>();

    /** The bit of a code, given on first sight. */
    int bit(String code) {
      Integer b = bits.get(code);
      return b != null ? b : register(code);
    }

    private synchronized int register(String code) {
      return bits.computeIfAbsent(code, c -> bits.size());
    }
  }

  private final Kind kind;
  private final String[] codes;
  private final transient long low;
  private final transient long high;
  /** Words 2 and up, null when every bit is below 128. */
  private final transient long[] beyond;

  private CodeSet(Kind kind, String[] sortedCodes) {
    this.kind = kind;
    this.codes = sortedCodes;
    long[] words = mask(Arrays.stream(codes).mapToInt(kind::bit).toArray());
    low = words.length > 0 ? words[0] : 0;
    high = words.length > 1 ? words[1] : 0;
    beyond = words.length > 2 ? Arrays.copyOfRange(words, 2, words.length) : null;
  }

  /** The same codes as a CodeSet of this kind; null codes are refused. */
  static CodeSet of(Kind kind, Collection<String> codes) {
    if (codes instanceof CodeSet s && s.kind == kind) {
      return s;
    }
    TreeSet<String> sorted = new TreeSet<>();
    for (String code : codes) {
      if (code == null) {
        throw new NullPointerException("A code set holds no null");
      }
      sorted.add(code);
    }
    return new CodeSet(kind, sorted.toArray(new String[0]));
  }

  /** A mask of these bits: bit b in word b / 64. */
  static long[] mask(int... bits) {
    long[] m = new long[(Arrays.stream(bits).max().orElse(-1) >> 6) + 1];
    for (int b : bits) {
      m[b >> 6] |= 1L << b;
    }
    return m;
  }

  /** Word w of this set's bits. */
  long word(int w) {
    if (w == 0) {
      return low;
    }
    if (w == 1) {
      return high;
    }
    return beyond != null && w - 2 < beyond.length ? beyond[w - 2] : 0;
  }

  boolean has(int bit) {
    return (word(bit >> 6) & 1L << bit) != 0;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String s && has(kind.bit(s));
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.asList(codes).iterator();
  }

  @Override
  public int size() {
    return codes.length;
  }

  private Object readResolve() {
    return new CodeSet(kind, codes);
  }
}
