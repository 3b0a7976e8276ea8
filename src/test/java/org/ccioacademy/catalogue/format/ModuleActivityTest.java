package org.ccioacademy.catalogue.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** A module's header may ask for an activity (issue 24): read, checked, and written back. */
class ModuleActivityTest {

  private static final String REVIEWED = "reviewed: 2026-12-01";

  @Test
  void aModuleThatAsksForARatingIsReadAndWrittenBackAsItWas() {
    var files =
        SampleCourse.with(
            "first.md",
            SampleCourse.FIRST.replace(REVIEWED, REVIEWED + "\nactivity: rate-a-clinical-system"));
    CourseReader.Result read = SampleCourse.read(files);
    assertThat(read.problems()).isEmpty();
    assertThat(read.course().modules().get(0).activity()).isEqualTo(ModuleActivity.RATE_A_SYSTEM);
    assertThat(read.course().modules().get(1).activity()).isNull();

    SortedMap<String, String> written = CourseWriter.write(read.course());
    assertThat(written.get("first.md")).contains("activity: rate-a-clinical-system");
    assertThat(written.get("second.md")).doesNotContain("activity:");
    assertThat(SampleCourse.read(written).course()).isEqualTo(read.course());
  }

  @Test
  void anActivityNotKnownIsNamedWithTheOneThatIs() {
    var files =
        SampleCourse.with(
            "first.md",
            SampleCourse.FIRST.replace(REVIEWED, REVIEWED + "\nactivity: write-a-poem"));
    assertThat(SampleCourse.problems(files))
        .singleElement()
        .asString()
        .contains("activity: is \"write-a-poem\"")
        .contains("the activity a module can ask for is rate-a-clinical-system");
  }
}
