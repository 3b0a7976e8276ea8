package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccioacademy.platform.database.Row;

/** Queries of stored statements, a page at a time, and the LRS's consistent-through time. */
@ApplicationScoped
public class StatementSearch {

  @PersistenceContext EntityManager em;

  /** A page of statements, and whether more follow. */
  public record Page(List<Statements.Stored> statements, boolean more) {}

  public Page page(StatementQuery q, LrsClient client) {
    StatementQuery.Sql sql = q.sql(client);
    Query query = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.values().size(); i++) {
      query.setParameter(i + 1, sql.values().get(i));
    }
    List<Statements.Stored> rows =
        Row.list(query).stream()
            .map(r -> new Statements.Stored(r.longAt(0), r.stringAt(1), r.momentAt(2)))
            .toList();
    boolean more = rows.size() > q.limit();
    return new Page(more ? rows.subList(0, q.limit()) : rows, more);
  }

  /**
   * The time through which every statement stored, or being stored, is known to be readable: the
   * start of the oldest transaction now open on the database, or now.
   */
  public OffsetDateTime consistentThrough() {
    return Row.single(
            em.createNativeQuery(
                "select least(now(), coalesce((select min(xact_start) from pg_stat_activity"
                    + " where datname = current_database() and xact_start is not null"
                    + " and pid <> pg_backend_pid()), now()))"))
        .momentAt(0);
  }

  /** The canonical definitions of activities (for the canonical format). */
  public Map<String, String> definitions(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return Row.list(
            em.createNativeQuery(
                    "select id, cast(definition as text) from lrs_activity"
                        + " where id in (select jsonb_array_elements_text(cast(?1 as jsonb)))")
                .setParameter(1, Json.createArrayBuilder(ids).build().toString()))
        .stream()
        .collect(Collectors.toMap(r -> r.stringAt(0), r -> r.stringAt(1)));
  }

  /** An activity's canonical definition, if the LRS knows the activity. */
  public Optional<String> activity(String id) {
    return Row.list(
            em.createNativeQuery("select cast(definition as text) from lrs_activity where id = ?1")
                .setParameter(1, id))
        .stream()
        .findFirst()
        .map(r -> r.stringAt(0));
  }
}
