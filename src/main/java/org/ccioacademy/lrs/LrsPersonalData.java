package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's learning records in their copy of their data (the statements about them, the documents
 * content stored for them); on erasure, both removed, and their name and account taken out of the
 * statements where they were the instructor. (Erasure overrides the rule that statements never
 * change.)
 */
@ApplicationScoped
public class LrsPersonalData {

  @PersistenceContext EntityManager em;
  @Inject StatementUsers users;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "learning-records/statements.json",
        "select id, stored, voided, cast(statement as text) as statement from lrs_statement"
            + " where user_id = ?1 order by seq");
    copy.rows(
        em,
        "learning-records/documents.json",
        "select case kind when 'S' then 'state' when 'A' then 'activity profile'"
            + " else 'agent profile' end as kind, activity_id, registration, document_id,"
            + " content_type, updated, convert_from(content, 'UTF8') as content"
            + " from lrs_document where user_id = ?1 order by id");
    copy.rows(
        em,
        "learning-records/cmi5-sessions.json",
        "select cast(id as varchar) as session, registration, publisher_id as au, activity_id,"
            + " launch_mode, move_on, cast(verbs as text) as verbs, started_at, fetched_at,"
            + " ended_at from cmi5_session where user_id = ?1 order by started_at");
  }

  void onErasure(@Observes PersonErasure erasure) {
    long id = erasure.personId();
    int statements = count("select count(*) from lrs_statement where user_id = ?1", id);
    int documents = count("select count(*) from lrs_document where user_id = ?1", id);
    erasure.removed(
        statements, "learning record (xAPI statement)", "learning records (xAPI statements)");
    erasure.removed(documents, "learning record document", "learning record documents");
    if (!erasure.isErase()) {
      return;
    }
    em.createNativeQuery("delete from lrs_statement where user_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("delete from lrs_document where user_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    // their cmi5 sessions: what their AUs said in each registration, and the sessions' clients
    // (which name them); the sessions go with their clients
    em.createNativeQuery(
            "delete from cmi5_progress where registration in"
                + " (select registration from cmi5_session where user_id = ?1)")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery(
            "delete from lrs_client where launch_actor is not null and id in"
                + " (select client_id from cmi5_session where user_id = ?1)")
        .setParameter(1, id)
        .executeUpdate();
    // where they marked or taught: the instructor named by no one
    em.createNativeQuery(
            "update lrs_statement set statement = jsonb_set(statement, '{context,instructor}',"
                + " jsonb_build_object('objectType', 'Agent', 'account', jsonb_build_object("
                + "'homePage', statement -> 'context' -> 'instructor' -> 'account' ->> 'homePage',"
                + " 'name', 'erased')))"
                + " where seq in (select statement_seq from lrs_statement_key"
                + " where kind = 'r' and value = ?2)"
                + " and statement -> 'context' -> 'instructor' -> 'account' ->> 'name' = ?1")
        .setParameter(1, "ccio-" + id)
        .setParameter(2, users.key(id))
        .executeUpdate();
    em.createNativeQuery("delete from lrs_statement_key where kind in ('a', 'r') and value = ?1")
        .setParameter(1, users.key(id))
        .executeUpdate();
  }

  private int count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).intValue();
  }
}
