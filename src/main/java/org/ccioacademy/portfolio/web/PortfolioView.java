package org.ccioacademy.portfolio.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ProfessionalProfile;
import org.ccioacademy.identity.Regulator;
import org.ccioacademy.platform.files.Upload;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;
import org.ccioacademy.platform.web.UkTime;
import org.ccioacademy.portfolio.CpdMethod;
import org.ccioacademy.portfolio.EntryInput;
import org.ccioacademy.portfolio.Portfolio;
import org.ccioacademy.portfolio.PortfolioLine;
import org.ccioacademy.portfolio.RevalidationCycle;
import org.ccioacademy.portfolio.RevalidationForm;

/**
 * "My CPD portfolio": progress toward revalidation, every record in a period (paged), a record of
 * the trainee's own, and export for appraisal.
 */
@Named
@ViewScoped
public class PortfolioView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PortfolioView.class.getName());
  static final int PAGE_SIZE = 25;

  @Inject Portfolio portfolio;
  @Inject CurrentUser currentUser;

  private String from;
  private String to;
  private int page = 1;
  private transient List<PortfolioLine> lines;
  private long total;
  private transient Portfolio.Totals totals;
  private LocalDate due;
  private transient RevalidationCycle cycle;
  private transient Portfolio.Totals cycleTotals;

  private CpdMethod method;
  private String topic;
  private LocalDate startedOn;
  private LocalDate endedOn;
  private BigDecimal hours;
  private boolean participatory;
  private String reflection;
  private List<String> codeThemes = new ArrayList<>();
  private transient Part evidence;
  private boolean nmc;
  private RevalidationForm form;

  public void load() {
    ProfessionalProfile profile = currentUser.getAccount().getProfile();
    nmc = profile != null && profile.getRegulator() == Regulator.NMC;
    form = RevalidationForm.of(profile == null ? null : profile.getRegulator());
    Portfolio.Period period = Portfolio.Period.parse(from, to, LocalDate.now(UkTime.UK));
    LocalDate start = period.from();
    LocalDate end = period.to();
    from = start.toString();
    to = end.toString();
    page = Math.max(1, page);
    long id = currentUser.id();
    total = portfolio.count(id, start, end);
    lines = portfolio.lines(id, start, end, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    totals = portfolio.totals(id, start, end);
    due = portfolio.revalidationDue(id).orElse(null);
    if (due != null) {
      cycle = RevalidationCycle.of(currentUser.getAccount().getProfile().getRegulator(), due);
      cycleTotals = portfolio.totals(id, cycle.from(), cycle.to());
    }
  }

  private String here() {
    return "/trainee/portfolio?faces-redirect=true";
  }

  public String add() {
    Upload upload = null;
    if (evidence != null && evidence.getSize() > 0) {
      if (evidence.getSize() > portfolio.evidenceMaxBytes()) {
        // not read at all: say so beside the field, and keep everything typed
        FacesForms.showErrors("entry", Map.of("evidence", portfolio.tooBig(evidence.getSize())));
        return null;
      }
      try (var in = evidence.getInputStream()) {
        upload = new Upload(evidence.getSubmittedFileName(), in.readAllBytes());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not read an uploaded evidence file", e);
        FacesForms.showErrors(
            "entry", Map.of("evidence", "The file could not be read: please choose it again."));
        return null;
      }
    }
    try {
      portfolio.add(
          currentUser.actor(),
          new EntryInput(
              method,
              topic,
              startedOn,
              endedOn,
              hours,
              participatory,
              reflection,
              codeThemes,
              upload),
          LocalDate.now(UkTime.UK));
      FacesForms.flashInfo("Your CPD record is added.");
      return here();
    } catch (InvalidInputException e) {
      FacesForms.showErrors("entry", e.errors());
      if (upload != null && !e.errors().has("evidence")) {
        // a browser never keeps a chosen file across pages
        FacesForms.note(
            "entry:evidence",
            "Your file was fine, but it has to be chosen again when you add the record.");
      }
      return null;
    }
  }

  public String remove(long id) {
    if (portfolio.remove(currentUser.actor(), id)) {
      FacesForms.flashInfo("The record is removed.");
    }
    return here();
  }

  public String saveDue() {
    if (due == null) {
      FacesForms.showErrors(
          "cycle", Map.of("due", "Give the date your next revalidation or renewal is due."));
      return null;
    }
    portfolio.setRevalidationDue(currentUser.actor(), due);
    FacesForms.flashInfo("Saved: your progress is measured to that date.");
    return here();
  }

  /** The label of a line's method (courses and sessions are COURSE and EVENT). */
  public String methodLabel(String method) {
    return CpdMethod.labelOf(method);
  }

  public int percent(BigDecimal done, BigDecimal target) {
    return RevalidationCycle.percent(done, target);
  }

  public boolean isLastPage() {
    return (long) page * PAGE_SIZE >= total;
  }

  public List<CpdMethod> getMethods() {
    return List.of(CpdMethod.values());
  }

  public List<String> getThemes() {
    return Portfolio.CODE_THEMES;
  }

  public List<PortfolioLine> getLines() {
    return lines;
  }

  public long getTotal() {
    return total;
  }

  public Portfolio.Totals getTotals() {
    return totals;
  }

  /**
   * The regulator's revalidation layout for this person's export, or null when none is laid out.
   */
  public RevalidationForm getForm() {
    return form;
  }

  /** Whether this person is on the NMC's register, whose records link to the Code's themes. */
  public boolean isNmc() {
    return nmc;
  }

  public RevalidationCycle getCycle() {
    return cycle;
  }

  public Portfolio.Totals getCycleTotals() {
    return cycleTotals;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public CpdMethod getMethod() {
    return method;
  }

  public void setMethod(CpdMethod method) {
    this.method = method;
  }

  public Part getEvidence() {
    return evidence;
  }

  public void setEvidence(Part evidence) {
    this.evidence = evidence;
  }

  /** The largest evidence file, in MB, for the hint beside the field. */
  public long getEvidenceMaxMb() {
    return portfolio.evidenceMaxBytes() / (1024 * 1024);
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public void setEndedOn(LocalDate endedOn) {
    this.endedOn = endedOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public boolean isParticipatory() {
    return participatory;
  }

  public void setParticipatory(boolean participatory) {
    this.participatory = participatory;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public List<String> getCodeThemes() {
    return codeThemes;
  }

  public void setCodeThemes(List<String> codeThemes) {
    this.codeThemes = codeThemes;
  }
}
