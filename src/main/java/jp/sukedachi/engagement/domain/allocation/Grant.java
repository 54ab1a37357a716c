package jp.sukedachi.engagement.domain.allocation;

import java.io.Serializable;

/** Hours of one expert given to one request in a proposed allocation. */
public record Grant(long requestId, long expertId, int hours) implements Serializable {

  public Grant {
    if (hours <= 0) {
      throw new IllegalArgumentException("A grant gives at least one hour: " + hours);
    }
  }
}
