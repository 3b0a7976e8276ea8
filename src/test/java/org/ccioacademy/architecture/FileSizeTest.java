package org.ccioacademy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class grows into a god service: no main source file is longer than 400 lines. When one would,
 * split it by what its parts are for (as {@code delivery.Enrolments}, {@code delivery.Completions}
 * and {@code delivery.quiz.Quizzes} were split out of one service).
 */
class FileSizeTest {

  private static final int MAX_LINES = 400;

  @Test
  void noMainSourceFileIsLongerThan400Lines() throws IOException {
    Map<String, Long> tooLong = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                long lines = lines(f);
                if (lines > MAX_LINES) {
                  tooLong.put(f.toString(), lines);
                }
              });
    }
    assertThat(tooLong).as("files over " + MAX_LINES + " lines").isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
