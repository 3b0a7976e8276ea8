package org.ccioacademy.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import org.ccioacademy.certificates.CertificateRun;
import org.ccioacademy.certificates.CertificateRuns;

/** The latest bulk issue of certificates, for the admin page: its progress while it runs. */
@Named
@RequestScoped
public class CertificateRunView {

  @Inject CertificateRuns runs;

  private CertificateRun run;
  private long seconds;
  private long perSecond;
  private int percent;

  @PostConstruct
  void load() {
    run = runs.latest().orElse(null);
    if (run != null) {
      OffsetDateTime now = OffsetDateTime.now();
      seconds = Math.max(1, Math.round(run.elapsed(now).toMillis() / 1000.0));
      perSecond = run.perSecond(now);
      percent = run.percent();
    }
  }

  public CertificateRun getRun() {
    return run;
  }

  public boolean isRunning() {
    return run != null && run.isRunning();
  }

  public long getSeconds() {
    return seconds;
  }

  public long getPerSecond() {
    return perSecond;
  }

  public int getPercent() {
    return percent;
  }
}
