package org.ccioacademy.identity;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The single sign-ons a browser session has started and not finished, kept in its HTTP session: for
 * each, the {@code state} sent to the provider, the {@code nonce} the ID token must carry, the PKCE
 * code verifier, and the account to link when a signed-in person links a provider. An answer is
 * accepted only for a state found here, once ({@link #take}), so an answer cannot be replayed or
 * planted from another browser. Several may be under way at once (two tabs, a double click); the
 * oldest are forgotten beyond {@value #MAX}.
 */
public final class SsoPending implements Serializable {

  /** The HTTP session attribute holding this. */
  public static final String ATTRIBUTE = "ccio.ssoPending";

  static final int MAX = 5;
  private static final long serialVersionUID = 1L;

  /** One sign-in under way. */
  public record Started(
      String state,
      String providerId,
      String nonce,
      String codeVerifier,
      Long linkAccountId,
      Instant startedAt)
      implements Serializable {}

  private final LinkedHashMap<String, Started> started = new LinkedHashMap<>();

  /** The session's sign-ins under way, made the first time (once, however many requests race). */
  public static SsoPending of(HttpSession session) {
    synchronized (SsoPending.class) {
      Object pending = session.getAttribute(ATTRIBUTE);
      if (pending instanceof SsoPending found) {
        return found;
      }
      SsoPending made = new SsoPending();
      session.setAttribute(ATTRIBUTE, made);
      return made;
    }
  }

  synchronized void add(Started one) {
    started.put(one.state(), one);
    Iterator<Map.Entry<String, Started>> oldest = started.entrySet().iterator();
    while (started.size() > MAX && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  /**
   * The sign-in this state belongs to, removed so it is never accepted again; empty when unknown,
   * already taken, or started longer ago than {@code lifetime}.
   */
  public synchronized Optional<Started> take(String state, Duration lifetime) {
    if (state == null) {
      return Optional.empty();
    }
    Started one = started.remove(state);
    if (one == null || one.startedAt().plus(lifetime).isBefore(Instant.now())) {
      return Optional.empty();
    }
    return Optional.of(one);
  }

  synchronized int size() {
    return started.size();
  }
}
