package jp.sukedachi.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jakarta Mail against an in-process SMTP server (GreenMail) on 127.0.0.1. */
class SmtpMailerTest {
  private final SmtpMailer mailer = new SmtpMailer();
  private GreenMail server;
  private MailConfig.Smtp smtp;

  @BeforeEach
  void start() {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    smtp = new MailConfig.Smtp("127.0.0.1", server.getSmtp().getPort(), "助太刀 <no-reply@sukedachi.test>",
        Optional.empty(), "", false);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void sendsAPlainTextUtf8MailWithTheSubjectInOneHeader() throws Exception {
    mailer.send(smtp, "expert@example.jp", "「山田精密工業」から情報が共有されました / Data shared Bcc: victim@example.jp",
        "本文です。\n\n----\n\nThe body.\n");

    MimeMessage[] received = server.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage m = received[0];
    assertThat(m.getSubject()).isEqualTo("「山田精密工業」から情報が共有されました / Data shared Bcc: victim@example.jp");
    assertThat(m.getHeader("Bcc")).isNull();
    assertThat(m.getAllRecipients()).extracting(String::valueOf).containsExactly("expert@example.jp");
    assertThat(m.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat((String) m.getContent()).contains("本文です。").contains("The body.");
    assertThat(m.getFrom()[0].toString()).contains("no-reply@sukedachi.test");
    assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
  }

  @Test
  void aServerThatRefusesTheMessageIsATransientFailure() {
    server.getUserManager().setMessageDeliveryHandler((message, address) -> {
      throw new MessagingException("disk full");
    });
    assertThatThrownBy(() -> mailer.send(smtp, "expert@example.jp", "s", "b"))
        .isInstanceOfSatisfying(MailFailure.class, f -> assertThat(f.isPermanent()).isFalse())
        .hasMessageContaining("451");
  }

  @Test
  void noServerListeningIsATransientFailure() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    MailConfig.Smtp nowhere = new MailConfig.Smtp("127.0.0.1", closedPort, "no-reply@sukedachi.test",
        Optional.empty(), "", false);
    assertThatThrownBy(() -> mailer.send(nowhere, "expert@example.jp", "s", "b"))
        .isInstanceOfSatisfying(MailFailure.class, f -> assertThat(f.isPermanent()).isFalse());
  }

  @Test
  void anAddressThatCannotBeParsedIsPermanent() {
    assertThatThrownBy(() -> mailer.send(smtp, "not an address", "s", "b"))
        .isInstanceOfSatisfying(MailFailure.class, f -> assertThat(f.isPermanent()).isTrue());
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void thePasswordNeverShowsInTheSettingsText() {
    MailConfig.Smtp withLogin = new MailConfig.Smtp("smtp.example.jp", 587, "no-reply@example.jp",
        Optional.of("sukedachi"), "s3cret-Passw0rd", true);
    assertThat(withLogin.toString()).contains("smtp.example.jp:587").contains("STARTTLS").doesNotContain("s3cret");
  }
}
