package org.ccioacademy.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a staff feed: a CSV file from the HR system (docs/staff-feed.md), one line per person, the
 * first line naming the columns (ESR's names, or ours). Every line is checked on its own and
 * against the lines before it (a staff number or an address twice); what the database knows is
 * checked afterwards ({@link StaffFeeds}). Nothing here touches the database.
 */
public final class StaffFeedFile {

  /** The columns, with the names they may have in the first line (case and spacing ignored). */
  public enum Column {
    STAFF_NUMBER(true, "staff number", "employee number", "esr number"),
    FIRST_NAME(true, "first name", "forename", "given name"),
    LAST_NAME(true, "last name", "surname", "family name"),
    EMAIL(true, "email", "email address", "work email", "work email address"),
    PROFESSIONAL_GROUP(false, "professional group", "staff group"),
    REGISTRATION_NUMBER(
        false, "registration number", "professional registration number", "registration"),
    ORGANISATION_CODE(true, "organisation code", "organization code", "ods code", "org code"),
    ASSIGNMENT_START(true, "assignment start date", "assignment start", "start date"),
    ASSIGNMENT_END(false, "assignment end date", "assignment end", "end date");

    private final boolean required;
    private final List<String> names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = List.of(names);
    }

    /** The name to use in the first line (ours). */
    public String heading() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRequired() {
      return required;
    }
  }

  /** ESR staff groups, and our own group names, as professional groups. */
  private static final Map<String, ProfessionalGroup> GROUPS = new HashMap<>();

  static {
    for (ProfessionalGroup g : ProfessionalGroup.values()) {
      GROUPS.put(key(g.name()), g);
    }
    GROUPS.put("medical and dental", ProfessionalGroup.DOCTOR);
    GROUPS.put("nursing and midwifery registered", ProfessionalGroup.NURSE);
    GROUPS.put("allied health professionals", ProfessionalGroup.AHP);
    GROUPS.put("additional professional scientific and technical", ProfessionalGroup.OTHER);
    GROUPS.put("healthcare scientists", ProfessionalGroup.OTHER);
    GROUPS.put("administrative and clerical", ProfessionalGroup.OTHER);
    GROUPS.put("additional clinical services", ProfessionalGroup.OTHER);
    GROUPS.put("estates and ancillary", ProfessionalGroup.OTHER);
    GROUPS.put("students", ProfessionalGroup.OTHER);
  }

  private static final Pattern STAFF_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");
  private static final Pattern GMC = Pattern.compile("\\d{7}");
  private static final Pattern NMC = Pattern.compile("\\d{2}[A-Z]\\d{4}[A-Z]");
  private static final Pattern HCPC = Pattern.compile("[A-Z]{2,3}\\d{1,6}");
  private static final Pattern OTHER_NUMBER = Pattern.compile("[A-Z0-9]{1,20}");
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("d/M/uuuu"),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("d-MMM-uuuu")
              .toFormatter(Locale.UK));

  /** One line as read and checked: its fields normalised, and every problem in words. */
  public record Line(
      int lineNo,
      String staffNumber,
      String firstName,
      String lastName,
      String email,
      ProfessionalGroup group,
      String registrationNumber,
      String organisationCode,
      LocalDate start,
      LocalDate end,
      List<String> problems) {

    public String fullName() {
      return Names.normalise(
          (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName));
    }
  }

  /** The lines, or the problem that stops the file being read at all. */
  public record Read(List<Line> lines, String fileProblem) {}

  private StaffFeedFile() {}

  /**
   * Reads and checks a feed of at most {@code maxLines} lines.
   *
   * @param content the file's bytes, UTF-8 (with or without a byte order mark)
   */
  public static Read read(byte[] content, int maxLines) {
    String text = CsvText.decode(content);
    if (text == null) {
      return problem(CsvText.NOT_UTF8);
    }
    try (CSVParser parser = CsvText.parse(text)) {
      List<Line> lines = new ArrayList<>();
      Map<Column, Integer> at = null;
      Map<String, Integer> staffNumbers = new HashMap<>();
      Map<String, Integer> emails = new HashMap<>();
      for (CSVRecord record : parser) {
        if (at == null) {
          at = header(record);
          if (at.containsKey(null)) {
            return problem(missing(at));
          }
          continue;
        }
        if (CsvText.isBlank(record)) {
          continue;
        }
        if (lines.size() >= maxLines) {
          return problem(
              "The file has more than "
                  + maxLines
                  + " lines. Split it, or ask for a larger limit (ccio.staff-feed.max-lines).");
        }
        lines.add(line(record, at, staffNumbers, emails));
      }
      if (at == null) {
        return problem("The file is empty. Its first line must name the columns.");
      }
      return new Read(lines, null);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return problem(CsvText.unreadable(e));
    }
  }

  private static Read problem(String why) {
    return new Read(List.of(), why);
  }

  private static String key(String heading) {
    return CsvText.key(heading);
  }

  /** Where each column is; a null key when a required one is missing (its value names it). */
  private static Map<Column, Integer> header(CSVRecord record) {
    Map<Column, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String k = key(record.get(i));
      for (Column c : Column.values()) {
        if (!at.containsKey(c) && (c.names.contains(k) || key(c.name()).equals(k))) {
          at.put(c, i);
        }
      }
    }
    for (Column c : Column.values()) {
      if (c.required && !at.containsKey(c)) {
        at.put(null, c.ordinal());
        break;
      }
    }
    return at;
  }

  private static String missing(Map<Column, Integer> at) {
    List<String> names = new ArrayList<>();
    for (Column c : Column.values()) {
      if (c.required && !at.containsKey(c)) {
        names.add("\"" + c.names.get(0) + "\"");
      }
    }
    return "The first line must name the columns, and it has none called "
        + String.join(", ", names)
        + ". docs/staff-feed.md lists the columns and the other names they may have.";
  }

  private static String get(CSVRecord record, Map<Column, Integer> at, Column c) {
    return CsvText.at(record, at.get(c));
  }

  private static Line line(
      CSVRecord record,
      Map<Column, Integer> at,
      Map<String, Integer> staffNumbers,
      Map<String, Integer> emails) {
    int no = (int) record.getRecordNumber();
    List<String> problems = new ArrayList<>();
    String staff = get(record, at, Column.STAFF_NUMBER);
    if (staff == null) {
      problems.add("The staff number is missing.");
    } else if (!STAFF_NUMBER.matcher(staff).matches()) {
      problems.add("\"" + staff + "\" is not a staff number (up to 20 letters and digits).");
      staff = null;
    } else {
      staff = staff.toUpperCase(Locale.ROOT);
      Integer before = staffNumbers.putIfAbsent(staff, no);
      if (before != null) {
        problems.add("Staff number " + staff + " is also on line " + before + ".");
      }
    }
    String first = Names.normalise(get(record, at, Column.FIRST_NAME));
    String last = Names.normalise(get(record, at, Column.LAST_NAME));
    if (first == null || last == null) {
      problems.add("The first name or the last name is missing.");
    } else {
      Names.checkFullName(first + " " + last).ifPresent(problems::add);
    }
    String email = EmailAddress.normalise(get(record, at, Column.EMAIL));
    if (email == null) {
      problems.add("The email address is missing.");
    } else if (EmailAddress.check(email).isPresent()) {
      problems.add("\"" + email + "\" is not an email address.");
      email = null;
    } else {
      Integer before = emails.putIfAbsent(email, no);
      if (before != null) {
        problems.add("The address " + email + " is also on line " + before + ".");
      }
    }
    ProfessionalGroup group = null;
    String groupText = get(record, at, Column.PROFESSIONAL_GROUP);
    if (groupText != null) {
      group = GROUPS.get(key(groupText));
      if (group == null) {
        problems.add(
            "\""
                + groupText
                + "\" is not a professional group we know. Use an ESR staff group (such as"
                + " Medical and Dental) or DOCTOR, NURSE, AHP or OTHER.");
      }
    }
    String number = Regulator.normalise(get(record, at, Column.REGISTRATION_NUMBER));
    if (number != null && number.isEmpty()) {
      number = null;
    }
    if (number != null) {
      String problem = registrationProblem(group, number);
      if (problem != null) {
        problems.add(problem);
      }
    }
    String ods = OdsCode.normalise(get(record, at, Column.ORGANISATION_CODE));
    if (ods == null) {
      problems.add("The organisation code is missing.");
    } else {
      OdsCode.check(ods).ifPresent(m -> problems.add(m.replace("your employing", "the")));
    }
    LocalDate start = date(get(record, at, Column.ASSIGNMENT_START), "start", problems, true);
    LocalDate end = date(get(record, at, Column.ASSIGNMENT_END), "end", problems, false);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("The assignment ends (" + end + ") before it starts (" + start + ").");
    }
    return new Line(
        no, staff, first, last, email, group, number, ods, start, end, List.copyOf(problems));
  }

  private static String registrationProblem(ProfessionalGroup group, String number) {
    if (group == null) {
      return OTHER_NUMBER.matcher(number).matches()
          ? null
          : "\"" + number + "\" is not a registration number.";
    }
    return switch (group) {
      case DOCTOR ->
          GMC.matcher(number).matches()
              ? null
              : "\"" + number + "\" is not a GMC number (7 digits) for a doctor.";
      case NURSE ->
          NMC.matcher(number).matches()
              ? null
              : "\"" + number + "\" is not an NMC PIN (such as 12A3456E) for a nurse or midwife.";
      case AHP ->
          HCPC.matcher(number).matches()
              ? null
              : "\""
                  + number
                  + "\" is not an HCPC number (such as PA12345) for an allied health"
                  + " professional.";
      case OTHER ->
          OTHER_NUMBER.matcher(number).matches()
              ? null
              : "\"" + number + "\" is not a registration number.";
    };
  }

  private static LocalDate date(
      String text, String which, List<String> problems, boolean required) {
    if (text == null) {
      if (required) {
        problems.add("The assignment " + which + " date is missing.");
      }
      return null;
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(text, f);
      } catch (DateTimeParseException next) {
        // try the next form
      }
    }
    problems.add(
        "\""
            + text
            + "\" is not an assignment "
            + which
            + " date. Write dates as 2026-04-01, 01/04/2026 or 01-APR-2026.");
    return null;
  }
}
