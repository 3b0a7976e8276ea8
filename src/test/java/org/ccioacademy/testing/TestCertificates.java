package org.ccioacademy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/**
 * Certificates made straight in the test database (no PDF), for tests that need someone to hold one
 * already: {@code TestCertificates.stage(userId, "digital-champion").revoked("issued in
 * error").create()}; and an admin's "Issue any that are due now", waited for.
 */
public final class TestCertificates {

  private TestCertificates() {}

  /** A certificate of a stage of the CCIO career pathway, to {@link Stage#create()}. */
  public static Stage stage(long userId, String stageId) {
    return new Stage(userId, stageId);
  }

  /** A stage certificate being described. */
  public static final class Stage {
    private final long userId;
    private final String stageId;
    private String revokedBecause;

    private Stage(long userId, String stageId) {
      this.userId = userId;
      this.stageId = stageId;
    }

    /** Revoked, for this reason. */
    public Stage revoked(String reason) {
      this.revokedBecause = reason;
      return this;
    }

    /** Stores it; returns the certificate's id. */
    public String create() throws SQLException {
      return TestDatabase.one(
          "insert into certificate (id, user_id, kind, achievement, title, holder_name,"
              + " completed_on, delivery_mode, revoked_at, revoked_reason)"
              + " values (upper(substr(md5(random()::text), 1, 26)), ?, 'STAGE',"
              + " 'stage:ccio-career-path:' || ?, 'Stage', 'Test', current_date, 'Online',"
              + " case when ?::text is null then null else now() end, ?) returning id",
          userId,
          stageId,
          revokedBecause,
          revokedBecause);
    }
  }

  /**
   * Presses "Issue any that are due now" and waits for the bulk run it starts (if any) to end.
   *
   * @return the page as the admin sees it then (the flash message, the run's outcome)
   */
  public static WebClient.Page issueDueAndWait(WebClient admin) throws Exception {
    WebClient.Page after =
        admin.submit(
            "admin/certificates.xhtml",
            admin.get("admin/certificates.xhtml"),
            "due",
            "issue",
            Map.of());
    WebClient.Page shown = admin.follow(after);
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!"0"
        .equals(
            TestDatabase.one("select count(*) from certificate_run where status = 'RUNNING'"))) {
      assertThat(System.nanoTime()).as("the bulk run ends within a minute").isLessThan(until);
      Thread.sleep(200);
    }
    return shown.body().contains("progress is shown below")
        ? admin.get("admin/certificates.xhtml")
        : shown;
  }
}
