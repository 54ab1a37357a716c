package jp.sukedachi.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Sends one plain-text UTF-8 mail through Jakarta Mail (Payara ships the implementation). The
 * subject is set through {@link MimeMessage#setSubject(String, String)}, which encodes it, and the
 * addresses are parsed strictly, so neither can add a header; the body is {@code text/plain}.
 */
@ApplicationScoped
public class SmtpMailer {
  static final int CONNECT_TIMEOUT_MS = 10_000;
  static final int IO_TIMEOUT_MS = 30_000;

  public void send(MailConfig.Smtp smtp, String recipient, String subject, String body) throws MailFailure {
    MimeMessage message;
    try {
      InternetAddress from = new InternetAddress(smtp.from(), true);
      message = new MimeMessage(session(smtp, from.getAddress()));
      message.setFrom(from);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      message.setHeader("Auto-Submitted", "auto-generated");
      message.saveChanges();
    } catch (AddressException e) {
      throw new MailFailure("Bad address: " + e.getMessage(), true, e);
    } catch (MessagingException e) {
      throw new MailFailure("Cannot build the message: " + e.getMessage(), true, e);
    }
    try {
      if (smtp.username().isPresent()) {
        Transport.send(message, smtp.username().get(), smtp.password());
      } else {
        Transport.send(message);
      }
    } catch (SendFailedException e) {
      throw new MailFailure(e.getMessage(), refusedForGood(e), e);
    } catch (MessagingException e) {
      throw new MailFailure(e.getMessage() + (e.getNextException() == null ? "" : ": " + e.getNextException()),
          false, e);
    }
  }

  /** The server refused every recipient for good (5xx on RCPT), none only for now. */
  private static boolean refusedForGood(SendFailedException e) {
    return isEmpty(e.getValidSentAddresses()) && isEmpty(e.getValidUnsentAddresses())
        && !isEmpty(e.getInvalidAddresses());
  }

  private static boolean isEmpty(Address[] addresses) {
    return addresses == null || addresses.length == 0;
  }

  static Session session(MailConfig.Smtp smtp, String envelopeFrom) {
    Properties p = new Properties();
    p.put("mail.transport.protocol", "smtp");
    p.put("mail.smtp.host", smtp.host());
    p.put("mail.smtp.port", String.valueOf(smtp.port()));
    p.put("mail.smtp.from", envelopeFrom);
    p.put("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
    p.put("mail.smtp.timeout", String.valueOf(IO_TIMEOUT_MS));
    p.put("mail.smtp.writetimeout", String.valueOf(IO_TIMEOUT_MS));
    p.put("mail.smtp.auth", String.valueOf(smtp.username().isPresent()));
    if (smtp.starttls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
      p.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    return Session.getInstance(p);
  }
}
