package org.ccioacademy.testing;

import java.sql.SQLException;

/**
 * Certificates made straight in the test database (no PDF), for tests that need someone to hold one
 * already: {@code TestCertificates.stage(userId, "digital-champion").revoked("issued in
 * error").create()}.
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
}
