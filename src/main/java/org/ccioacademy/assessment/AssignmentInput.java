package org.ccioacademy.assessment;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.platform.files.FileKind;

/** What a tutor typed for an assignment. */
public record AssignmentInput(
    String title,
    String instructions,
    String moduleCode,
    OffsetDateTime dueAt,
    Assignment.LatePolicy latePolicy,
    OffsetDateTime cutoffAt,
    boolean textAllowed,
    boolean fileAllowed,
    Set<FileKind> fileKinds,
    int maxFileMb,
    int maxSubmissions,
    int maxMark,
    int passMark,
    Long rubricId,
    boolean moderated) {

  /** The pass mark when the tutor gives none: half the highest mark, rounded up. */
  public static int halfOf(int max) {
    return (max + 1) / 2;
  }

  /** The same, out of {@code max} (a rubric's total). */
  AssignmentInput outOf(int max) {
    return new AssignmentInput(
        title,
        instructions,
        moduleCode,
        dueAt,
        latePolicy,
        cutoffAt,
        textAllowed,
        fileAllowed,
        fileKinds,
        maxFileMb,
        maxSubmissions,
        max,
        passMark,
        rubricId,
        moderated);
  }

  public AssignmentInput {
    fileKinds = fileKinds == null ? Set.of() : Set.copyOf(fileKinds);
  }

  /** Every problem, by field, at once; empty when the assignment can be saved. */
  public Map<String, String> problems(Set<String> moduleCodes) {
    Map<String, String> e = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      e.put("title", "Give the assignment a title.");
    } else if (title.strip().length() > 200) {
      e.put("title", "Keep the title to 200 characters.");
    }
    if (instructions == null || instructions.isBlank()) {
      e.put("instructions", "Say what trainees should do and hand in.");
    } else if (instructions.length() > 20_000) {
      e.put("instructions", "Keep the instructions to 20,000 characters.");
    }
    if (moduleCode != null && !moduleCode.isBlank() && !moduleCodes.contains(moduleCode)) {
      e.put("moduleCode", "Choose one of the course's modules, or none.");
    }
    if (dueAt == null) {
      e.put("dueAt", "Give the deadline, such as 2026-12-18 17:00.");
    }
    if (latePolicy == null) {
      e.put("latePolicy", "Say whether late work is accepted.");
    } else if (latePolicy == Assignment.LatePolicy.ACCEPT
        && cutoffAt != null
        && dueAt != null
        && cutoffAt.isBefore(dueAt)) {
      e.put("cutoffAt", "The last day for late work cannot be before the deadline.");
    }
    if (!textAllowed && !fileAllowed) {
      e.put("textAllowed", "Allow text, a file, or both.");
    }
    if (fileAllowed && fileKinds.isEmpty()) {
      e.put("fileKinds", "Choose the kinds of file trainees may hand in.");
    }
    if (maxFileMb < 1 || maxFileMb > 25) {
      e.put("maxFileMb", "Files can be from 1 to 25 MB.");
    }
    if (maxSubmissions < 0 || maxSubmissions > 20) {
      e.put(
          "maxSubmissions",
          "Allow from 1 to 20 submissions, or 0 for any number before the deadline.");
    }
    if (maxMark < 1 || maxMark > 1000) {
      e.put("maxMark", "The highest mark can be from 1 to 1000.");
    } else if (passMark < 0 || passMark > maxMark) {
      e.put("passMark", "The pass mark must be from 0 to the highest mark, " + maxMark + ".");
    }
    return e;
  }
}
