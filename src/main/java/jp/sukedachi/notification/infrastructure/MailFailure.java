package jp.sukedachi.notification.infrastructure;

/**
 * A mail could not be handed to the SMTP server. Permanent when the server refused the recipient
 * for good (5xx on RCPT) or an address cannot be parsed; otherwise trying again may help.
 */
public class MailFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean permanent;

  public MailFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
