package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.security.AppSecrets;

/**
 * QR self check-in. A session's code is an HMAC of the session and the current 30-second window,
 * signed with a key the application keeps in its database: a photo of an old code stops working
 * within a minute. Scanning it opens the check-in page; the trainee is marked present (or late)
 * once, only while the session's check-in is open, and only with a place (or as a walk-in where the
 * organiser allows it).
 */
@ApplicationScoped
public class CheckIn {

  public static final int WINDOW_SECONDS = 30;
  static final Duration OPENS_BEFORE_START = Duration.ofMinutes(30);
  static final Duration LATE_AFTER_START = Duration.ofMinutes(15);
  private static final String KEY_NAME = "check-in";

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject Attendance attendance;
  @Inject SessionPlaces places;
  @Inject AppSecrets secrets;

  /** What a check-in gave, with the sentence the trainee sees. */
  public enum Result {
    CHECKED_IN("You are checked in. Enjoy the session."),
    CHECKED_IN_LATE("You are checked in (late). Enjoy the session."),
    ALREADY("You were already checked in to this session."),
    EXPIRED_CODE("This code has changed since it was scanned. Scan the code on the screen again."),
    NOT_OPEN("Check-in for this session opens 30 minutes before it starts."),
    CLOSED("Check-in for this session has closed. Ask the organiser to mark you."),
    NOT_REGISTERED(
        "You do not have a place at this event, so you cannot check in. Ask the organiser.");

    private final String message;

    Result(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }

    public boolean ok() {
      return this == CHECKED_IN || this == CHECKED_IN_LATE || this == ALREADY;
    }
  }

  /** The code for a session now. */
  public String currentToken(long sessionId, OffsetDateTime now) {
    return token(sessionId, now.toEpochSecond() / WINDOW_SECONDS);
  }

  /** A code is good in its own 30-second window and the one after (time to tap the button). */
  public boolean valid(long sessionId, String token, OffsetDateTime now) {
    if (token == null || token.length() > 64) {
      return false;
    }
    long window = now.toEpochSecond() / WINDOW_SECONDS;
    byte[] given = token.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(
            given, token(sessionId, window).getBytes(StandardCharsets.US_ASCII))
        || MessageDigest.isEqual(
            given, token(sessionId, window - 1).getBytes(StandardCharsets.US_ASCII));
  }

  String token(long sessionId, long window) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] h = mac.doFinal((sessionId + ":" + window).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, 22);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] key() {
    return secrets.secret(KEY_NAME, 32);
  }

  @Transactional
  public Result checkIn(Actor trainee, long sessionId, String token, OffsetDateTime now) {
    EventSession session = em.find(EventSession.class, sessionId);
    if (session == null || !valid(sessionId, token, now)) {
      return Result.EXPIRED_CODE;
    }
    if (session.getEvent().getStatus() != Event.Status.PUBLISHED) {
      return Result.CLOSED;
    }
    if (now.isBefore(session.getStartsAt().minus(OPENS_BEFORE_START))) {
      return Result.NOT_OPEN;
    }
    if (!now.isBefore(session.getEndsAt())) {
      return Result.CLOSED;
    }
    boolean hasPlace = places.hasPlace(session, trainee.userId());
    if (!hasPlace && !session.isWalkInsAllowed()) {
      return Result.NOT_REGISTERED;
    }
    List<Row> history = attendance.lockedHistory(sessionId, trainee.userId());
    if (history.stream().anyMatch(p -> "CHECK_IN".equals(p.stringAt(2)))) {
      return Result.ALREADY;
    }
    boolean late = now.isAfter(session.getStartsAt().plus(LATE_AFTER_START));
    AttendanceStatus status = late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
    attendance.insert(sessionId, trainee.userId(), status, "CHECK_IN", trainee.userId(), history);
    audit.record(
        trainee,
        "attendance.checked-in",
        "session",
        sessionId,
        session.getTitle(),
        null,
        status.name() + (hasPlace ? "" : " (walk-in)"));
    return late ? Result.CHECKED_IN_LATE : Result.CHECKED_IN;
  }
}
