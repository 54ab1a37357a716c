package jp.sukedachi.engagement.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an inquiry stands, and who may move it where:
 *
 * <ul>
 *   <li>NEW → ANSWERED: the provider, by hand or automatically with its first message;
 *   <li>NEW or ANSWERED → CONTRACTED or DECLINED: either side;
 *   <li>any open status → CLOSED: the SME only (it asked, it ends the conversation);
 *   <li>CLOSED is final; nothing moves back (a contracted or declined thread can still be closed).
 * </ul>
 */
public enum InquiryStatus {
  NEW, ANSWERED, CONTRACTED, DECLINED, CLOSED;

  private static final Set<InquiryStatus> OPEN = EnumSet.of(NEW, ANSWERED);

  /** Whether {@code side} may move an inquiry from this status to {@code target}. */
  public boolean allows(Side side, InquiryStatus target) {
    return switch (target) {
      case NEW -> false;
      case ANSWERED -> this == NEW && side == Side.PROVIDER;
      case CONTRACTED, DECLINED -> OPEN.contains(this);
      case CLOSED -> this != CLOSED && side == Side.SME;
    };
  }

  /** Whether messages may still be written: everything but CLOSED. */
  public boolean acceptsMessages() {
    return this != CLOSED;
  }

  /** The status after a message from {@code side}: a provider's first answer marks a new inquiry ANSWERED. */
  public InquiryStatus afterMessageFrom(Side side) {
    return this == NEW && side == Side.PROVIDER ? ANSWERED : this;
  }

  public String nameKey() {
    return "inquiry.status." + name();
  }

  /** The status of this name, or null (for input checking). */
  public static InquiryStatus parse(String name) {
    for (InquiryStatus s : values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return null;
  }
}
