package org.ccioacademy.catalogue;

import java.nio.file.Path;
import java.util.List;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.platform.audit.Actor;

/**
 * Fired (synchronously, by whoever runs the import) once a course import has stored the frameworks
 * and courses it read, before the run is recorded. Features that keep their own file in the courses
 * folder (the pathway's {@code pathway.yaml}) read it now, against what is stored, and report its
 * problems with the run's.
 */
public final class CoursesImported {

  private final Path root;
  private final Actor actor;
  private final List<ImportRun.FolderProblem> problems;

  CoursesImported(Path root, Actor actor, List<ImportRun.FolderProblem> problems) {
    this.root = root;
    this.actor = actor;
    this.problems = problems;
  }

  /** The courses folder that was read. */
  public Path root() {
    return root;
  }

  /** Who ran the import (the system at start-up, or an admin). */
  public Actor actor() {
    return actor;
  }

  /** Lists a problem with the run's, under {@code folder}. */
  public void problem(String folder, Problem problem) {
    problems.add(new ImportRun.FolderProblem(folder, problem));
  }
}
