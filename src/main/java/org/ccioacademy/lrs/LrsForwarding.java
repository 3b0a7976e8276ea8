package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccioacademy.platform.database.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Our own statements sent on to another LRS ({@code ccio.lrs.forward.*}): due ones in batches,
 * locked so that no other instance sends them too, as one POST each batch (all taken or none). A
 * failed batch is tried again later, ever more slowly, and never dropped; one taken whose answer
 * was lost is sent again, which the other LRS takes as the same statements (their ids are kept).
 */
@ApplicationScoped
public class LrsForwarding {

  static final int BATCH = 50;
  private static final Logger LOG = Logger.getLogger(LrsForwarding.class.getName());
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "ccio.lrs.forward.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "ccio.lrs.forward.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "ccio.lrs.forward.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "ccio.lrs.forward.first-retry-seconds", defaultValue = "60")
  int firstRetrySeconds;

  public boolean enabled() {
    return url.filter(u -> !u.isBlank()).isPresent();
  }

  /** Sends one batch of due statements; returns how many were taken (0: none due, or it failed). */
  @Transactional
  public int sendBatch() {
    List<Row> due =
        Row.list(
            em.createNativeQuery(
                    "select f.statement_seq, cast(s.statement as text), f.attempts"
                        + " from lrs_forward f join lrs_statement s on s.seq = f.statement_seq"
                        + " where f.sent_at is null and f.next_attempt_at <= now()"
                        + " order by f.statement_seq limit ?1 for update of f skip locked")
                .setParameter(1, BATCH));
    if (due.isEmpty()) {
      return 0;
    }
    JsonArrayBuilder batch = Json.createArrayBuilder();
    due.forEach(r -> batch.add(XapiJson.parse(r.stringAt(1), "statement")));
    String error = post(batch.build().toString());
    OffsetDateTime now = OffsetDateTime.now();
    for (Row r : due) {
      if (error == null) {
        em.createNativeQuery(
                "update lrs_forward set sent_at = ?1, attempts = attempts + 1, last_error = null"
                    + " where statement_seq = ?2")
            .setParameter(1, now)
            .setParameter(2, r.longAt(0))
            .executeUpdate();
      } else {
        int attempts = r.intAt(2) + 1;
        long wait = Math.min(6 * 3600L, firstRetrySeconds * (1L << Math.min(attempts - 1, 20)));
        em.createNativeQuery(
                "update lrs_forward set attempts = ?1, next_attempt_at = ?2, last_error = ?3"
                    + " where statement_seq = ?4")
            .setParameter(1, attempts)
            .setParameter(2, now.plusSeconds(wait))
            .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error)
            .setParameter(4, r.longAt(0))
            .executeUpdate();
      }
    }
    if (error != null) {
      LOG.warning(
          "Forwarding "
              + due.size()
              + " statements to "
              + url.orElse("")
              + " failed, tried again later: "
              + error);
      return 0;
    }
    return due.size();
  }

  /** POSTs statements; null when the other LRS took them, else why not. */
  private String post(String json) {
    String endpoint = url.orElseThrow().replaceAll("/+$", "") + "/statements";
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(endpoint))
            .timeout(Duration.ofSeconds(30))
            .header("X-Experience-API-Version", "1.0.3")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (key.filter(k -> !k.isBlank()).isPresent()) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (key.get() + ":" + secret.orElse("")).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 == 2) {
        return null;
      }
      String body = r.body() == null ? "" : r.body();
      return "HTTP "
          + r.statusCode()
          + ": "
          + (body.length() > 300 ? body.substring(0, 300) : body);
    } catch (IOException | IllegalArgumentException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** How many of our statements wait to be sent, and the last error (for the operations page). */
  public record Backlog(long waiting, String lastError) {}

  public Backlog backlog() {
    Row r =
        Row.single(
            em.createNativeQuery(
                "select count(*), (select last_error from lrs_forward where sent_at is null"
                    + " and last_error is not null order by next_attempt_at desc limit 1)"
                    + " from lrs_forward where sent_at is null"));
    return new Backlog(r.longAt(0), r.stringAt(1));
  }
}
