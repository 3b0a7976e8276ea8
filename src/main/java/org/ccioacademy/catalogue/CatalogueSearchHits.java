package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.database.Sql;
import org.ccioacademy.platform.search.SearchRequest;

/**
 * Published courses and their modules for a search: by their words (PostgreSQL's English text
 * search, so "audits" finds "audit"), or by a part of a title; best matches first.
 */
@ApplicationScoped
public class CatalogueSearchHits {

  @PersistenceContext private EntityManager em;

  void onSearch(@Observes SearchRequest search) {
    String words = search.text();
    String part = Sql.containsPattern(words);
    List<Row> courses =
        Row.list(
            em.createNativeQuery(
                    "select c.code, v.title, coalesce(v.summary, ''), count(*) over ()"
                        + " from course c join course_version v on v.id = c.current_version_id,"
                        + " websearch_to_tsquery('english', ?1) q"
                        + " where v.status = 'PUBLISHED' and (to_tsvector('english', v.title"
                        + "   || ' ' || coalesce(v.summary, '')) @@ q or lower(v.title) like ?2)"
                        + " order by ts_rank(to_tsvector('english', v.title || ' '"
                        + "   || coalesce(v.summary, '')), q) desc, v.title limit ?3")
                .setParameter(1, words)
                .setParameter(2, part)
                .setParameter(3, SearchRequest.PER_KIND));
    search.found(
        SearchRequest.Kind.COURSE,
        courses.isEmpty() ? 0 : courses.get(0).longAt(3),
        courses.stream()
            .map(
                r ->
                    new SearchRequest.Hit(
                        r.stringAt(1), r.stringAt(2), "/course.xhtml?id=" + r.stringAt(0)))
            .toList());

    List<Row> modules =
        Row.list(
            em.createNativeQuery(
                    "select c.code, m.code, m.title, v.title, ts_headline('english', m.body, q,"
                        + "   'MaxWords=24, MinWords=10, StartSel=\"\", StopSel=\"\"'),"
                        + " count(*) over ()"
                        + " from course c join course_version v on v.id = c.current_version_id"
                        + " join module m on m.course_version_id = v.id,"
                        + " websearch_to_tsquery('english', ?1) q"
                        + " where v.status = 'PUBLISHED' and (to_tsvector('english', m.title"
                        + "   || ' ' || m.body) @@ q or lower(m.title) like ?2)"
                        + " order by ts_rank(to_tsvector('english', m.title || ' ' || m.body), q)"
                        + " desc, v.title, m.position limit ?3")
                .setParameter(1, words)
                .setParameter(2, part)
                .setParameter(3, SearchRequest.PER_KIND));
    search.found(
        SearchRequest.Kind.MODULE,
        modules.isEmpty() ? 0 : modules.get(0).longAt(5),
        modules.stream()
            .map(
                r ->
                    new SearchRequest.Hit(
                        r.stringAt(2),
                        "In " + r.stringAt(3) + ": " + plain(r.stringAt(4)),
                        "/learn/module.xhtml?course=" + r.stringAt(0) + "&module=" + r.stringAt(1)))
            .toList());
  }

  /** A snippet of Markdown as plain words (marks for emphasis, links and headings taken out). */
  static String plain(String markdown) {
    return markdown
        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("[#*_`>|]+", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
