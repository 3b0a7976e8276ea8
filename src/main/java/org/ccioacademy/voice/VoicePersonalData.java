package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccioacademy.platform.kernel.PeopleMerging;
import org.ccioacademy.platform.privacy.PersonErasure;
import org.ccioacademy.platform.privacy.SubjectAccess;

/**
 * A person's ratings of clinical systems (current and replaced, with their comments as written and
 * as published) and their feedback and flags on modules, in their copy of their data. On erasure
 * their ratings and module feedback are deleted (the published figures lose them), and the flags
 * they raised lose their name but keep the error and its answer, which are about the module. Two
 * accounts merged: the kept one has everything, and where both rated a system, the later rating is
 * the current one.
 */
@ApplicationScoped
public class VoicePersonalData {

  @PersistenceContext private EntityManager em;

  void onAccess(@Observes SubjectAccess copy) {
    copy.rows(
        em,
        "voice/system-ratings.json",
        "select s.product, s.supplier, r.ods_code, r.region, array_to_string(r.answers, ',')"
            + " as sus_answers, r.sus_score, r.minutes_lost, r.training, r.recommend, r.comment,"
            + " r.comment_status, r.published_comment, r.rated_at, r.replaced_at"
            + " from system_rating r join clinical_system s on s.id = r.system_id"
            + " where r.user_id = ?1 order by r.rated_at, r.id");
    copy.rows(
        em,
        "voice/module-feedback.json",
        "select f.module_code, f.clear, f.useful, f.accurate, f.comment, f.rated_at,"
            + " (select c.code from course_version_fact c"
            + "  where c.course_version_id = f.course_version_id) as course"
            + " from module_feedback f where f.user_id = ?1 order by f.rated_at, f.id");
    copy.rows(
        em,
        "voice/module-flags.json",
        "select f.module_code, f.description, f.raised_at, f.status, f.answer, f.answered_at,"
            + " (select c.code from course_version_fact c"
            + "  where c.course_version_id = f.course_version_id) as course"
            + " from module_flag f where f.user_id = ?1 order by f.raised_at, f.id");
  }

  void onErasure(@Observes PersonErasure erasure) {
    long id = erasure.personId();
    erasure.removed(
        count("select count(*) from system_rating where user_id = ?1", id),
        "rating of a clinical system, with its comment",
        "ratings of clinical systems, with their comments");
    erasure.removed(
        count("select count(*) from module_feedback where user_id = ?1", id),
        "rating of a module",
        "ratings of modules");
    if (erasure.isErase()) {
      em.createNativeQuery("delete from system_rating where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("delete from module_feedback where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery("update module_flag set user_id = null where user_id = ?1")
          .setParameter(1, id)
          .executeUpdate();
      em.createNativeQuery(
              "update clinical_system set proposed_by = null, version = version + 1"
                  + " where proposed_by = ?1")
          .setParameter(1, id)
          .executeUpdate();
      // what others wrote may name them: a comment, a flag or its answer
      erasure.scrub(em, "system_rating", "comment", "published_comment");
      erasure.scrub(em, "module_feedback", "comment");
      erasure.scrub(em, "module_flag", "description", "answer");
    }
  }

  void onMerging(@Observes PeopleMerging merging) {
    if (!merging.isMove()) {
      return;
    }
    long kept = merging.kept();
    long gone = merging.gone();
    // where both accounts rated a system, the earlier current rating becomes history
    em.createNativeQuery(
            "update system_rating r set replaced_at = later.rated_at, version = r.version + 1"
                + " from system_rating later where r.replaced_at is null"
                + " and later.replaced_at is null and r.system_id = later.system_id"
                + " and r.user_id in (?1, ?2) and later.user_id in (?1, ?2)"
                + " and later.user_id <> r.user_id"
                + " and (later.rated_at, later.id) > (r.rated_at, r.id)")
        .setParameter(1, kept)
        .setParameter(2, gone)
        .executeUpdate();
    merging.moved(
        "rating of a clinical system",
        "ratings of clinical systems",
        em.createNativeQuery(
                "update system_rating set user_id = ?1, version = version + 1 where user_id = ?2")
            .setParameter(1, kept)
            .setParameter(2, gone)
            .executeUpdate());
    // one view of a module per person: the kept account's stands where both gave one
    em.createNativeQuery(
            "delete from module_feedback g where g.user_id = ?2 and exists (select 1 from"
                + " module_feedback k where k.user_id = ?1 and k.course_id = g.course_id"
                + " and k.module_code = g.module_code)")
        .setParameter(1, kept)
        .setParameter(2, gone)
        .executeUpdate();
    merging.moved(
        "rating of a module",
        "ratings of modules",
        em.createNativeQuery("update module_feedback set user_id = ?1 where user_id = ?2")
            .setParameter(1, kept)
            .setParameter(2, gone)
            .executeUpdate());
    em.createNativeQuery("update module_flag set user_id = ?1 where user_id = ?2")
        .setParameter(1, kept)
        .setParameter(2, gone)
        .executeUpdate();
    em.createNativeQuery("update clinical_system set proposed_by = ?1 where proposed_by = ?2")
        .setParameter(1, kept)
        .setParameter(2, gone)
        .executeUpdate();
  }

  private int count(String sql, long id) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).intValue();
  }
}
