package org.ccioacademy.pathway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.catalogue.CourseImporter;
import org.ccioacademy.catalogue.CourseStore;
import org.ccioacademy.catalogue.CoursesImported;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.kernel.ConcurrentEditException;

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
  @Inject PathwayStore pathwayStore;

  private static final Logger LOG = Logger.getLogger(PathwayAdministration.class.getName());

  /** The pathway text in force and its fingerprint; empty if none is loaded. */
  public record Current(String yaml, String fingerprint) {}

  public Optional<Current> current() {
    return pathwayStore.inForce().map(t -> new Current(t.yaml(), t.fingerprint()));
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
      throw new ConcurrentEditException(
          "Someone else changed the pathway while you were editing it, so nothing was saved."
              + " Copy your text, open the page afresh and make your changes again.");
    }
    Path file = importer.folder().resolve(PathwayReader.FILE);
    try {
      Path tmp = Files.createTempFile(importer.folder(), ".pathway", ".yaml");
      Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
    pathwayStore.putInForce(check.pathway().id(), yaml, admin);
    return check;
  }

  /**
   * Reads {@code pathway.yaml} (if there is one) after a course import, against the courses and
   * competency domains now stored; a pathway with problems keeps the one in force, and its problems
   * are listed with the run's.
   */
  void onCoursesImported(@Observes CoursesImported run) {
    Path file = run.root().resolve(PathwayReader.FILE);
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      String text = Files.readString(file);
      Problems found = new Problems();
      PathwayDefinition def =
          PathwayReader.read(text, store.courseCodes(), store.domainKeys(), found);
      found.list().forEach(p -> run.problem("pathway", p));
      if (def != null) {
        pathwayStore.putInForce(def.id(), text, run.actor());
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not load the pathway", e);
      run.problem(
          "pathway",
          new Problem(
              PathwayReader.FILE,
              0,
              "",
              "could not be loaded (" + CourseImporter.rootMessage(e) + ")"));
    }
  }
}
