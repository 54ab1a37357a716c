package jp.sukedachi.it;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.sukedachi.testsupport.TestDatabase;
import jp.sukedachi.testsupport.TestMail;

/**
 * The confirmation link of a sign-up, as the person would find it in the mail: read from the
 * app's mail outbox. The helpers then take the mail out of the way, so the scenarios that count
 * the mails an account receives see only their own: a mail not yet claimed by the relay is marked
 * sent without going out; one already on its way is deleted from the test mailbox on arrival.
 */
final class SignUpMail {
  private static final Pattern LINK = Pattern.compile("/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  private SignUpMail() {}

  /**
   * After the sign-up form was sent in the browser: the page says "check your mail"; the person
   * opens the mail's link, finishes the sign-up, logs in on the page it leads to and lands on
   * {@code landing}.
   */
  static void confirmInBrowser(Browser b, App app, String email, String password, String landing) {
    b.waitForText("sent", "メールをご確認ください");
    b.open(app.resolve("confirm.xhtml?token=" + takeToken(email)).toString());
    b.click("confirm:submit");
    b.waitForText("login:confirmed", "登録が完了しました");
    b.type("login:email", email);
    b.type("login:password", password);
    b.click("login:submit");
    b.waitForUrl(landing);
  }

  /** The newest confirmation mail's token for this address, or empty when none was queued. */
  static Optional<String> latestToken(String email) {
    return latest(email).map(Mail::token);
  }

  /** The token of the newest confirmation mail for this address, with the mail taken out of the way. */
  static String takeToken(String email) {
    Mail mail = latest(email).orElseThrow(() -> new IllegalStateException("No confirmation mail for " + email));
    if (!markSentUnlessClaimed(mail.id())) {
      Eventually.until("the confirmation mail to " + email, () -> TestMail.to(email), l -> !l.isEmpty());
      deleteInbox(email);
    }
    return mail.token();
  }

  private record Mail(long id, String token) {}

  private static Optional<Mail> latest(String email) {
    try (Connection c = TestDatabase.appConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, body FROM mail_outbox WHERE lower(recipient) = lower(?) "
            + "AND body LIKE '%/confirm.xhtml?token=%' ORDER BY id DESC LIMIT 1")) {
      s.setString(1, email);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Matcher m = LINK.matcher(r.getString("body"));
        if (!m.find()) {
          throw new IllegalStateException("A confirmation mail without its link: " + r.getString("body"));
        }
        return Optional.of(new Mail(r.getLong("id"), m.group(1)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean markSentUnlessClaimed(long id) {
    try (Connection c = TestDatabase.appConnection();
        PreparedStatement s = c.prepareStatement("UPDATE mail_outbox SET status = 'SENT', sent_at = now() "
            + "WHERE id = ? AND status = 'PENDING' AND claim_token IS NULL")) {
      s.setLong(1, id);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteInbox(String email) {
    GreenMailUser user = TestMail.start().getUserManager().getUserByEmail(email.toLowerCase());
    if (user == null) {
      return;
    }
    try {
      TestMail.start().getManagers().getImapHostManager().getInbox(user).deleteAllMessages();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }
}
