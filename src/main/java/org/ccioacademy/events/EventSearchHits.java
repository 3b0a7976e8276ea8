package org.ccioacademy.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.search.SearchRequest;
import org.ccioacademy.platform.web.UkTime;

/** Published events for a search: those to come first (soonest first), then past ones. */
@ApplicationScoped
public class EventSearchHits {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @PersistenceContext private EntityManager em;

  void onSearch(@Observes SearchRequest search) {
    LocalDate today = LocalDate.now(UkTime.UK);
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select e.id, e.title, e.starts_on, coalesce(e.venue, 'Online'),"
                        + " count(*) over (), e.ends_on < ?3 from event e,"
                        + " websearch_to_tsquery('english', ?1) q"
                        + " where e.status = 'PUBLISHED' and (to_tsvector('english', e.title"
                        + "   || ' ' || e.description || ' ' || coalesce(e.venue, '')) @@ q"
                        + "   or lower(e.title) like ?2 or lower(coalesce(e.venue, '')) like ?2)"
                        + " order by e.ends_on < ?3, case when e.ends_on < ?3 then null"
                        + "   else e.starts_on end, e.starts_on desc, e.id limit ?4")
                .setParameter(1, search.text())
                .setParameter(2, Sql.containsPattern(search.text()))
                .setParameter(3, today)
                .setParameter(4, SearchRequest.PER_KIND));
    search.found(
        SearchRequest.Kind.EVENT,
        rows.isEmpty() ? 0 : rows.get(0).longAt(4),
        rows.stream()
            .map(
                r ->
                    new SearchRequest.Hit(
                        r.stringAt(1),
                        DAY.format(r.dateAt(2))
                            + ", "
                            + r.stringAt(3)
                            + (r.booleanAt(5) ? " (past)" : ""),
                        "/event.xhtml?id=" + r.longAt(0)))
            .toList());
  }
}
