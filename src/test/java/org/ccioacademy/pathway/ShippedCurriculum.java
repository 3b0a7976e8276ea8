package org.ccioacademy.pathway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.CourseFolders;
import org.ccioacademy.catalogue.format.FrameworkDefinition;

/** The shipped courses/ folder as the pathway reader checks against it: course ids and domains. */
record ShippedCurriculum(Set<String> courses, Set<String> domains, String pathway) {

  static ShippedCurriculum read() throws IOException {
    CourseFolders.Snapshot snapshot = CourseFolders.read(Path.of("courses"));
    Set<String> courses =
        snapshot.goodCourses().stream().map(CourseDefinition::id).collect(Collectors.toSet());
    Set<String> domains = new HashSet<>();
    for (FrameworkDefinition f : snapshot.frameworks()) {
      f.domains().forEach(d -> domains.add(f.id() + ":" + d.id()));
    }
    return new ShippedCurriculum(
        courses, domains, Files.readString(Path.of("courses", PathwayReader.FILE)));
  }
}
