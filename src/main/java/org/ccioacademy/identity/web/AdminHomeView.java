package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.AuditLine;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.audit.AuditSentences;
import org.ccioacademy.platform.kernel.NeedsAttention;
import org.ccioacademy.platform.kernel.Role;

/**
 * The administrator's home: what needs their attention (each feature says, through {@link
 * NeedsAttention}), how many people hold each role, and what changed last.
 */
@Named
@RequestScoped
public class AdminHomeView {

  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject AuditSentences sentences;
  @Inject Event<NeedsAttention> check;

  private Map<Role, Long> countsByRole;
  private long total;
  private long disabled;
  private List<AuditLine> latest;
  private List<NeedsAttention.Item> attention;

  @PostConstruct
  void load() {
    countsByRole = accounts.countByRole();
    total = accounts.countAll();
    disabled = accounts.countDisabled();
    latest = sentences.lines(audit.latest(10));
    NeedsAttention needs = new NeedsAttention();
    check.fire(needs);
    long noDetails = accounts.countTraineesWithoutProfile();
    if (noDetails > 0) {
      needs.add(
          (noDetails == 1 ? "1 trainee has" : noDetails + " trainees have")
              + " not given their professional details yet, so no pathway or cohort counts them"
              + " rightly.",
          "/reviewer/quality.xhtml");
    }
    attention = needs.items();
  }

  /** What needs looking at, by every feature; empty when all is well. */
  public List<NeedsAttention.Item> getAttention() {
    return attention;
  }

  public Map<Role, Long> getCountsByRole() {
    return countsByRole;
  }

  public long getTotal() {
    return total;
  }

  public long getDisabled() {
    return disabled;
  }

  public List<AuditLine> getLatest() {
    return latest;
  }
}
