package org.ccioacademy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the layout leaves to each page (WEB-INF/templates/layout.xhtml): the confirmation dialog
 * only where a page asks for it, and a stateless page (issue 23) with no bean that lives in a view.
 */
class PagesTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");
  private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"/([^\"]+)\"");
  private static final Pattern BEAN = Pattern.compile("#\\{(?:not )?([a-z][A-Za-z0-9]*)\\.");

  @Test
  void everyPageWithAConfirmationSetsConfirmsSoTheLayoutHasTheDialog() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      String text = read(page);
      if (text.contains("<p:confirm ") && !text.contains("<ui:param name=\"confirms\"")) {
        missing.add(WEBAPP.relativize(page).toString());
      }
    }
    assertThat(missing).as("pages with p:confirm but no confirms parameter").isEmpty();
  }

  @Test
  void aStatelessPageUsesNoViewScopedBeanForItKeepsNoViewBetweenRequests() throws IOException {
    Set<String> viewScoped = viewScopedBeanNames();
    assertThat(viewScoped).as("view-scoped beans found").contains("courseView");
    List<String> stateless = new ArrayList<>();
    Set<String> wrong = new TreeSet<>();
    for (Path page : pages()) {
      String text = read(page);
      if (!text.contains("<ui:param name=\"stateless\" value=\"true\"/>")) {
        continue;
      }
      stateless.add(WEBAPP.relativize(page).toString());
      for (String used : beansUsed(page, new HashSet<>())) {
        if (viewScoped.contains(used)) {
          wrong.add(WEBAPP.relativize(page) + " uses " + used);
        }
      }
    }
    assertThat(stateless).as("stateless pages").contains("learn/module.xhtml");
    assertThat(wrong).as("view-scoped beans on stateless pages").isEmpty();
  }

  /** The beans a page's expressions name, with those of the files it includes. */
  private static Set<String> beansUsed(Path file, Set<Path> seen) {
    Set<String> beans = new TreeSet<>();
    if (!seen.add(file) || !Files.exists(file)) {
      return beans;
    }
    String text = read(file);
    Matcher bean = BEAN.matcher(text);
    while (bean.find()) {
      beans.add(bean.group(1));
    }
    Matcher include = INCLUDE.matcher(text);
    while (include.find()) {
      beans.addAll(beansUsed(WEBAPP.resolve(include.group(1)), seen));
    }
    return beans;
  }

  /** The EL names of the @Named @ViewScoped beans (the class's name, first letter lower case). */
  private static Set<String> viewScopedBeanNames() throws IOException {
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = read(f);
        if (text.contains("\n@ViewScoped") && text.contains("\n@Named\n")) {
          String name = f.getFileName().toString().replace(".java", "");
          names.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        }
      }
    }
    return names;
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
