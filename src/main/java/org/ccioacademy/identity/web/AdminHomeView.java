package org.ccioacademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.UserAccountRepository;
import org.ccioacademy.platform.audit.AuditLine;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.audit.AuditSentences;
import org.ccioacademy.platform.kernel.Role;

/** The administrator's home: how many people hold each role, and what changed last. */
@Named
@RequestScoped
public class AdminHomeView {

  @Inject UserAccountRepository accounts;
  @Inject AuditLog audit;
  @Inject AuditSentences sentences;

  private Map<Role, Long> countsByRole;
  private long total;
  private long disabled;
  private List<AuditLine> latest;

  @PostConstruct
  void load() {
    countsByRole = accounts.countByRole();
    total = accounts.countAll();
    disabled = accounts.countDisabled();
    latest = sentences.lines(audit.latest(10));
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
