package jp.sukedachi.engagement.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.sukedachi.account.web.SignedIn;
import jp.sukedachi.engagement.application.Inquiries;
import jp.sukedachi.engagement.application.InquirySummary;
import jp.sukedachi.engagement.application.InquiryThread;
import jp.sukedachi.engagement.domain.InquiryStatus;
import jp.sukedachi.platform.Reason;
import jp.sukedachi.platform.web.FacesErrors;

/**
 * /sme/inquiries.xhtml and /provider/inquiries.xhtml (?id= opens a thread): the caller's
 * inquiries, one thread, a reply and the status moves its side may make.
 */
@Named
@ViewScoped
public class InquiriesPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject Inquiries inquiries;
  @Inject FacesErrors errors;
  @Inject SignedIn signedIn;

  private List<InquirySummary> list = List.of();
  private InquiryThread thread;
  private String reply;

  @PostConstruct
  void load() {
    list = inquiries.mine(signedIn.get());
    String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && id.matches("\\d{1,18}")) {
      errors.attempt("thread", () -> thread = inquiries.thread(signedIn.get(), Long.parseLong(id)));
    }
  }

  public void reply() {
    if (errors.attempt("thread", () -> inquiries.write(signedIn.get(), thread.id(), reply))) {
      reply = null;
      refresh();
    }
  }

  public void moveTo(String status) {
    if (errors.attempt("thread", () -> inquiries.changeStatus(signedIn.get(), thread.id(), status))) {
      errors.info("inquiry.statusChanged", msgKey(status));
    }
    refresh();
  }

  private static Reason msgKey(String status) {
    return Reason.of(InquiryStatus.valueOf(status).nameKey());
  }

  /** A time as shown, in Japan time. */
  public String at(Instant t) {
    return t == null ? "" : SHOWN.format(t);
  }

  private void refresh() {
    list = inquiries.mine(signedIn.get());
    errors.attempt("thread", () -> thread = inquiries.thread(signedIn.get(), thread.id()));
  }

  public List<InquirySummary> getList() { return list; }
  public InquiryThread getThread() { return thread; }
  public String getReply() { return reply; }
  public void setReply(String v) { reply = v; }
}
