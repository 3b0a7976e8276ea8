package org.ccioacademy.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.catalogue.CourseStore;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.database.Row;

/** The pathway texts loaded, in {@code pathway_definition}: the latest is in force. */
@ApplicationScoped
public class PathwayStore {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;

  /** A pathway text as loaded, and its fingerprint. */
  public record Text(String yaml, String fingerprint) {}

  /** The text in force (the latest loaded); empty if none is loaded. */
  public Optional<Text> inForce() {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                "select yaml, fingerprint from pathway_definition order by loaded_at desc limit 1"));
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(new Text(rows.get(0).stringAt(0), rows.get(0).stringAt(1).strip()));
  }

  /**
   * Stores the pathway's text when it differs from what is stored (the latest loaded is in force);
   * audited.
   *
   * @return whether anything changed
   */
  @Transactional
  public boolean putInForce(String id, String yaml, Actor actor) {
    String fingerprint = CourseStore.sha256(yaml);
    if (inForce().map(Text::fingerprint).filter(fingerprint::equals).isPresent()) {
      return false;
    }
    em.createNativeQuery(
            "insert into pathway_definition (id, yaml, fingerprint, loaded_by) values (?1, ?2, ?3,"
                + " ?4) on conflict (id) do update set yaml = excluded.yaml, fingerprint ="
                + " excluded.fingerprint, loaded_by = excluded.loaded_by, loaded_at = now(),"
                + " version = pathway_definition.version + 1")
        .setParameter(1, id)
        .setParameter(2, yaml)
        .setParameter(3, fingerprint)
        .setParameter(4, actor.label())
        .executeUpdate();
    audit.record(actor, "pathway.loaded", "pathway", id, id, null, fingerprint.substring(0, 12));
    return true;
  }
}
