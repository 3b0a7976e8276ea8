package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.Role;

/**
 * Invitations to many people at once: a CSV list (email, name, roles, organisation) read and
 * checked line by line, then every invitation sent, or none. Each person gets what an administrator
 * inviting one gets ({@link AccountService#create}: an account without a password, and an email
 * with a link to choose one, or to sign in with their provider where their domain must).
 */
@ApplicationScoped
public class Invitations {

  /** The most people one list may invite. */
  public static final int MAX_LINES = 2000;

  private static final String FILE = "file";

  /** One person on the list, as read, with every problem found. */
  public record Line(
      int lineNo,
      String fullName,
      String email,
      Set<Role> roles,
      String organisation,
      List<String> problems)
      implements Serializable {

    public String rolesLabel() {
      return roles.stream().map(Role::getLabel).reduce((a, b) -> a + ", " + b).orElse("");
    }
  }

  private enum Column {
    EMAIL("email", "email address", "work email"),
    NAME("name", "full name"),
    FIRST_NAME("first name", "forename"),
    LAST_NAME("last name", "surname"),
    ROLES("roles", "role"),
    ORGANISATION("organisation", "organisation code", "ods code", "organization", "trust");

    private final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }
  }

  @Inject AccountService accounts;
  @Inject UserAccountRepository repository;

  /**
   * Reads a list and checks every line (an address already with an account is a problem).
   *
   * @throws InvalidInputException on {@code file} when the file cannot be read at all
   */
  public List<Line> read(byte[] content) {
    String text = CsvText.decode(content);
    if (text == null) {
      throw InvalidInputException.of(FILE, CsvText.NOT_UTF8);
    }
    List<Line> lines = new ArrayList<>();
    try (CSVParser parser = CsvText.parse(text)) {
      Map<Column, Integer> at = null;
      Map<String, Integer> seen = new HashMap<>();
      for (CSVRecord record : parser) {
        if (at == null) {
          at = header(record);
          continue;
        }
        if (CsvText.isBlank(record)) {
          continue;
        }
        if (lines.size() >= MAX_LINES) {
          throw InvalidInputException.of(
              FILE,
              "The list has more than " + MAX_LINES + " people. Split it into smaller lists.");
        }
        lines.add(line(record, at, seen));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw InvalidInputException.of(FILE, CsvText.unreadable(e));
    }
    if (lines.isEmpty()) {
      throw InvalidInputException.of(
          FILE,
          "The list has nobody on it: after the first line, which names the columns, put one"
              + " person a line.");
    }
    return lines;
  }

  /**
   * Invites everyone on a list read with {@link #read}, checking each line again first; nobody is
   * invited unless every line is right.
   *
   * @return how many were invited
   * @throws InvalidInputException on {@code file} when any line has a problem (nothing is sent)
   */
  @Transactional
  public int inviteAll(Actor admin, List<Line> lines) {
    long wrong = lines.stream().filter(l -> !l.problems().isEmpty()).count();
    if (wrong == 0) {
      wrong = lines.stream().filter(l -> repository.emailTaken(l.email())).count();
    }
    if (wrong > 0) {
      throw InvalidInputException.of(
          FILE,
          wrong
              + (wrong == 1 ? " line has a problem" : " lines have problems")
              + ", so nobody was invited. Check the list again after putting them right.");
    }
    for (Line l : lines) {
      accounts.create(admin, l.fullName(), l.email(), null, l.roles(), l.organisation());
    }
    return lines.size();
  }

  private static Map<Column, Integer> header(CSVRecord record) {
    Map<Column, Integer> at = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String k = CsvText.key(record.get(i));
      for (Column c : Column.values()) {
        if (!at.containsKey(c) && c.names.contains(k)) {
          at.put(c, i);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    if (!at.containsKey(Column.EMAIL)) {
      missing.add("\"email\"");
    }
    if (!at.containsKey(Column.NAME)
        && !(at.containsKey(Column.FIRST_NAME) && at.containsKey(Column.LAST_NAME))) {
      missing.add("\"name\" (or \"first name\" and \"last name\")");
    }
    if (!at.containsKey(Column.ROLES)) {
      missing.add("\"roles\"");
    }
    if (!missing.isEmpty()) {
      throw InvalidInputException.of(
          FILE,
          "The first line must name the columns, and it has none called "
              + String.join(", ", missing)
              + ". The columns are email, name, roles and (optionally) organisation.");
    }
    return at;
  }

  private Line line(CSVRecord record, Map<Column, Integer> at, Map<String, Integer> seen) {
    int no = (int) record.getRecordNumber();
    List<String> problems = new ArrayList<>();
    String email = EmailAddress.normalise(CsvText.at(record, at.get(Column.EMAIL)));
    if (email == null) {
      problems.add("The email address is missing.");
    } else if (EmailAddress.check(email).isPresent()) {
      problems.add("\"" + email + "\" is not an email address.");
    } else {
      Integer before = seen.putIfAbsent(email, no);
      if (before != null) {
        problems.add("The address " + email + " is also on line " + before + ".");
      } else if (repository.emailTaken(email)) {
        problems.add("There is already an account with the address " + email + ".");
      }
    }
    String name = CsvText.at(record, at.get(Column.NAME));
    if (name == null) {
      String first = CsvText.at(record, at.get(Column.FIRST_NAME));
      String last = CsvText.at(record, at.get(Column.LAST_NAME));
      name = first == null || last == null ? null : first + " " + last;
    }
    String fullName = Names.normalise(name);
    Names.checkFullName(fullName)
        .ifPresent(m -> problems.add(fullName == null ? "The name is missing." : m));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    String rolesText = CsvText.at(record, at.get(Column.ROLES));
    if (rolesText == null) {
      problems.add("Give at least one role: Trainee, Tutor, Reviewer or Administrator.");
    } else {
      for (String part : rolesText.split("\\s*(?:[;,|/+]|\\band\\b)\\s*")) {
        if (part.isBlank()) {
          continue;
        }
        Role role = role(part);
        if (role == null) {
          problems.add(
              "\""
                  + part.strip()
                  + "\" is not a role: use Trainee, Tutor, Reviewer or Administrator.");
        } else {
          roles.add(role);
        }
      }
    }
    String ods = OdsCode.normalise(CsvText.at(record, at.get(Column.ORGANISATION)));
    if (ods != null) {
      OdsCode.check(ods).ifPresent(m -> problems.add(m.replace("your employing", "the")));
    }
    return new Line(no, fullName, email, Set.copyOf(roles), ods, List.copyOf(problems));
  }

  private static Role role(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (Role r : Role.values()) {
      if (r.name().toLowerCase(Locale.ROOT).equals(t)
          || r.getLabel().toLowerCase(Locale.ROOT).equals(t)) {
        return r;
      }
    }
    return "admin".equals(t) ? Role.ADMIN : null;
  }
}
