package jp.sukedachi.testsupport;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests' SMTP server: GreenMail in this JVM on 127.0.0.1 at a free port. It keeps every mail
 * it receives, and can refuse the mails for chosen addresses (it then answers {@code 451} after
 * the message data, as a mail server with a local problem does) and count the refusals.
 */
public final class TestMail {
  private static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();
  private static final Map<String, AtomicInteger> REFUSALS = new ConcurrentHashMap<>();
  private static GreenMail server;

  private TestMail() {}

  /** Starts the server once per JVM; stopping it is {@link #stop()}'s job. */
  public static synchronized GreenMail start() {
    if (server == null) {
      GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      mail.start();
      var users = mail.getUserManager();
      MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
      users.setMessageDeliveryHandler((message, address) -> {
        String to = address.getEmail().toLowerCase();
        if (REFUSED.contains(to)) {
          REFUSALS.computeIfAbsent(to, a -> new AtomicInteger()).incrementAndGet();
          throw new MessagingException("The test refuses mail for " + to);
        }
        return deliver.handle(message, address);
      });
      server = mail;
    }
    return server;
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public static int port() {
    return start().getSmtp().getPort();
  }

  /** The mails received so far for this address. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(start().getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  /** From now on, mail for this address is refused until {@link #accept(String)}. */
  public static void refuse(String address) {
    REFUSED.add(address.toLowerCase());
  }

  public static void accept(String address) {
    REFUSED.remove(address.toLowerCase());
  }

  /** How often mail for this address was refused. */
  public static int refusals(String address) {
    AtomicInteger n = REFUSALS.get(address.toLowerCase());
    return n == null ? 0 : n.get();
  }

  private static boolean isTo(MimeMessage m, String address) {
    try {
      Address[] to = m.getRecipients(Message.RecipientType.TO);
      return to != null && Arrays.stream(to)
          .anyMatch(a -> a instanceof InternetAddress i && i.getAddress().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
