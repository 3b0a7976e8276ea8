package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.catalogue.format.PathwayDefinition;
import org.ccioacademy.catalogue.format.PathwayReader;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.ccioacademy.platform.audit.Actor;

/**
 * Admins change the career pathway in the browser: the text is checked with the same rules as the
 * file, then written to {@code courses/pathway.yaml} (so the file stays the source) and put in
 * force. A save over a newer version is refused.
 */
@ApplicationScoped
public class PathwayAdministration {

  @PersistenceContext private EntityManager em;
  @Inject CourseStore store;
  @Inject CourseImporter importer;

  /** The pathway text in force and its fingerprint; empty if none is loaded. */
  public record Current(String yaml, String fingerprint) {}

  public Optional<Current> current() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select yaml, fingerprint from pathway_definition order by loaded_at desc limit 1")
            .getResultList();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(new Current((String) rows.get(0)[0], ((String) rows.get(0)[1]).strip()));
  }

  /** The result of checking a text: the pathway if it is right, else every problem. */
  public record Check(PathwayDefinition pathway, List<Problem> problems) {}

  public Check check(String yaml) {
    Problems problems = new Problems();
    PathwayDefinition p =
        PathwayReader.read(
            yaml == null ? "" : yaml, store.courseCodes(), store.domainKeys(), problems);
    return new Check(p, problems.list());
  }

  /** Thrown when someone else changed the pathway after the admin opened it. */
  public static class StaleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Checks, writes the file and puts the pathway in force.
   *
   * @param basedOn the fingerprint of the version the admin started from (null if none)
   * @return the check (with problems nothing is written)
   */
  public Check save(Actor admin, String yaml, String basedOn) {
    Check check = check(yaml);
    if (check.pathway() == null) {
      return check;
    }
    String now = current().map(Current::fingerprint).orElse(null);
    if (now != null && !now.equals(basedOn)) {
      throw new StaleException();
    }
    Path file = importer.folder().resolve(PathwayReader.FILE);
    try {
      Path tmp = Files.createTempFile(importer.folder(), ".pathway", ".yaml");
      Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
    store.storePathway(check.pathway().id(), yaml, admin);
    return check;
  }
}
