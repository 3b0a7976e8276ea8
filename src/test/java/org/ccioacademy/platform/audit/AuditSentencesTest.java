package org.ccioacademy.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every action the code writes to the audit log reads as a sentence on the audit log's page. */
class AuditSentencesTest {

  private static final Pattern CALL = Pattern.compile("audit\\s*\\.\\s*(record|read)\\s*\\(");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z-]+\\.[a-z.-]+)\"");

  @Test
  void everyActionInTheCodeHasASentence() throws IOException {
    Map<String, String> sentences = AuditSentences.load();
    TreeSet<String> actions = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        Matcher m = CALL.matcher(code);
        while (m.find()) {
          List<String> args = arguments(code, m.end());
          if (args.size() >= 2) {
            Matcher literal = LITERAL.matcher(args.get(1));
            while (literal.find()) {
              actions.add(literal.group(1));
            }
          }
        }
      }
    }
    assertThat(actions).as("actions found in the code").hasSizeGreaterThan(40);
    assertThat(actions.stream().filter(a -> !sentences.containsKey(a)).toList())
        .as("actions without a sentence in sentences.properties")
        .isEmpty();
    assertThat(sentences.values()).allSatisfy(s -> assertThat(s).doesNotContain("{who}"));
  }

  /** The top-level arguments of a call whose opening parenthesis ends at {@code from}. */
  private static List<String> arguments(String code, int from) {
    List<String> args = new ArrayList<>();
    StringBuilder arg = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (inString) {
        arg.append(c);
        if (c == '\\') {
          arg.append(code.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          args.add(arg.toString());
          return args;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        args.add(arg.toString());
        arg.setLength(0);
        continue;
      }
      arg.append(c);
    }
    return args;
  }
}
