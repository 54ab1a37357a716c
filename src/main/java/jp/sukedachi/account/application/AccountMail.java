package jp.sukedachi.account.application;

/**
 * The mails of sign-up, sent by the notification capability (which implements this port, since
 * accounts sit below notifications). Both are queued in the caller's transaction.
 */
public interface AccountMail {
  /** The link that confirms a sign-up, a path inside the application such as {@code /confirm.xhtml?token=...}. */
  void confirmSignUp(String email, String confirmPath);

  /** Tells the owner of a registered address that someone tried to sign up with it. */
  void signUpWithRegisteredAddress(String email);
}
