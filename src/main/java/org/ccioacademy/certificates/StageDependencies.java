package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.pathway.PathwayDefinition;
import org.ccioacademy.pathway.Pathways;

/**
 * Which of a holder's stage certificates rest on a course certificate: those of the first stage of
 * the pathway that requires the course, and of every stage after it (each stage needs the one
 * before). Revoking the course certificate does not revoke them; the admin is told to check them.
 */
@ApplicationScoped
public class StageDependencies {

  @PersistenceContext private EntityManager em;
  @Inject Pathways pathways;

  /** The holder's stage certificates, not revoked, that rest on {@code course}; in stage order. */
  public List<Certificate> restingOn(Certificate course) {
    if (course.getKind() != Certificate.Kind.COURSE) {
      return List.of();
    }
    String code = course.getAchievement().split(":", 3)[1];
    PathwayDefinition pathway = pathways.current().orElse(null);
    if (pathway == null) {
      return List.of();
    }
    List<String> achievements = new ArrayList<>();
    boolean from = false;
    for (PathwayDefinition.Stage s : pathway.stages()) {
      from = from || s.requires().courses().contains(code);
      if (from) {
        achievements.add("stage:" + pathway.id() + ":" + s.id());
      }
    }
    if (achievements.isEmpty()) {
      return List.of();
    }
    List<Certificate> found =
        new ArrayList<>(
            em.createQuery(
                    "select c from Certificate c where c.userId = :u and c.kind = :k"
                        + " and c.revokedAt is null and c.achievement in :a",
                    Certificate.class)
                .setParameter("u", course.getUserId())
                .setParameter("k", Certificate.Kind.STAGE)
                .setParameter("a", achievements)
                .getResultList());
    found.sort(
        (x, y) ->
            Integer.compare(
                achievements.indexOf(x.getAchievement()),
                achievements.indexOf(y.getAchievement())));
    return found;
  }
}
