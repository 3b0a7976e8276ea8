package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.kernel.Caller;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.search.SearchRequest;

/**
 * Trainees for a reviewer's search (an administrator finds every account instead), only those their
 * scope lets them see, each a link to the trainee's record; names shown are an audited read.
 */
@ApplicationScoped
public class ReviewSearchHits {

  @PersistenceContext private EntityManager em;
  @Inject ReviewerScopes scopes;
  @Inject AuditLog audit;

  void onSearch(@Observes SearchRequest search) {
    Caller who = search.caller();
    if (who == null || !who.has(Role.REVIEWER) || who.isAdmin()) {
      return;
    }
    Population p = Population.of(null, scopes.of(who));
    int n = p.parameters();
    List<Row> rows =
        Row.list(
            p.bind(
                    em.createNativeQuery(
                        "select p.id, p.full_name, coalesce(t.ods_code, ''), count(*) over ()"
                            + " from trainee_fact t join person p on p.id = t.user_id where "
                            + p.where()
                            + " and (lower(p.full_name) like ?"
                            + (n + 1)
                            + " or lower(p.email) like ?"
                            + (n + 1)
                            + " or lower(p.registration_number) like ?"
                            + (n + 1)
                            + ") order by lower(p.full_name), p.id limit ?"
                            + (n + 2)))
                .setParameter(n + 1, Sql.containsPattern(search.text()))
                .setParameter(n + 2, SearchRequest.PER_KIND));
    if (rows.isEmpty()) {
      return;
    }
    audit.read(
        who.actor(),
        "read.trainee-list",
        "names",
        null,
        null,
        "search for \"" + search.text() + "\"",
        rows.size());
    search.found(
        SearchRequest.Kind.PERSON,
        rows.get(0).longAt(3),
        rows.stream()
            .map(
                r ->
                    new SearchRequest.Hit(
                        r.stringAt(1),
                        r.stringAt(2).isEmpty() ? "Trainee" : "Trainee at " + r.stringAt(2),
                        "/reviewer/trainee.xhtml?id=" + r.longAt(0)))
            .toList());
  }
}
