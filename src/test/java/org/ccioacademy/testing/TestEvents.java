package org.ccioacademy.testing;

import java.math.BigDecimal;
import java.sql.SQLException;

/**
 * Events, sessions, registrations and attendance marks made straight in the test database, for
 * tests that need them as they would be days later (an event that has begun, marks already taken)
 * without waiting: {@code TestEvents.event("Regional
 * day").startingIn(-3).organisedBy(id).create()}. Days are counted from today; registration opened
 * 30 days ago and closes in 20 unless set.
 */
public final class TestEvents {

  private TestEvents() {}

  /** A published regional event of {@code title}, to describe further and {@link #create()}. */
  public static Event event(String title) {
    return new Event(title);
  }

  /** An event being described. */
  public static final class Event {
    private final String title;
    private String description = "A day.";
    private int startsIn = 30;
    private int lastsDays = 1;
    private int opensDaysAgo = 30;
    private int closesIn = 20;
    private int capacity = 10;
    private Long organiserId;

    private Event(String title) {
      this.title = title;
    }

    public Event describedAs(String description) {
      this.description = description;
      return this;
    }

    /** Its first day, {@code days} from today (negative: it has begun). */
    public Event startingIn(int days) {
      this.startsIn = days;
      return this;
    }

    public Event lasting(int days) {
      this.lastsDays = days;
      return this;
    }

    /** Registration opened {@code daysAgo} days ago and closes in {@code closesIn} days. */
    public Event registration(int daysAgo, int closesIn) {
      this.opensDaysAgo = daysAgo;
      this.closesIn = closesIn;
      return this;
    }

    public Event places(int capacity) {
      this.capacity = capacity;
      return this;
    }

    public Event organisedBy(long userId) {
      this.organiserId = userId;
      return this;
    }

    /** Stores the event, published. */
    public long create() throws SQLException {
      return Long.parseLong(
          TestDatabase.one(
              "insert into event (title, kind, description, venue, starts_on, ends_on,"
                  + " registration_opens_at, registration_closes_at, capacity, approval_required,"
                  + " status, organiser_id) values (?, 'REGIONAL', ?, 'Leeds', current_date + ?,"
                  + " current_date + ?, now() - make_interval(days => ?),"
                  + " now() + make_interval(days => ?), ?, false, 'PUBLISHED', ?) returning id",
              title,
              description,
              startsIn,
              startsIn + lastsDays - 1,
              opensDaysAgo,
              closesIn,
              capacity,
              organiserId));
    }
  }

  /**
   * A talk at an event, on the day {@code days} from today, from {@code from} to {@code to}
   * ("09:00"), worth {@code cpdHours}.
   */
  public static long session(
      long eventId,
      String title,
      int days,
      String from,
      String to,
      String cpdHours,
      boolean participatory)
      throws SQLException {
    return Long.parseLong(
        TestDatabase.one(
            "insert into event_session (event_id, title, kind, starts_at, ends_at, cpd_hours,"
                + " participatory) values (?, ?, 'TALK', (current_date + ?) + ?::time,"
                + " (current_date + ?) + ?::time, ?, ?) returning id",
            eventId,
            title,
            days,
            from,
            days,
            to,
            new BigDecimal(cpdHours),
            participatory));
  }

  /** A registration ({@code REGISTERED}, {@code WAITLISTED}, ...) made ten days ago. */
  public static void register(long eventId, long userId, String status) throws SQLException {
    TestDatabase.one(
        "insert into event_registration (event_id, user_id, status, requested_at)"
            + " values (?, ?, ?, now() - interval '10 days') returning id",
        eventId,
        userId,
        status);
  }

  /**
   * A mark on the register ({@code PRESENT}, {@code LATE}, {@code ABSENT}); a second mark for the
   * same person and session corrects the one before, as the register does.
   */
  public static void mark(long sessionId, long userId, String status) throws SQLException {
    TestDatabase.one(
        "insert into attendance_mark (session_id, user_id, status, source, supersedes_id)"
            + " values (?, ?, ?, 'REGISTER', (select max(id) from attendance_mark"
            + " where session_id = ? and user_id = ?)) returning id",
        sessionId,
        userId,
        status,
        sessionId,
        userId);
  }
}
