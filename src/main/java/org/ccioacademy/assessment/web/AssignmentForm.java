package org.ccioacademy.assessment.web;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.ccioacademy.assessment.Assignment;
import org.ccioacademy.assessment.AssignmentInput;
import org.ccioacademy.platform.files.FileKind;
import org.ccioacademy.platform.web.UkTime;

/**
 * The fields of an assignment as a tutor types them (WEB-INF/includes/assignment-fields.xhtml), for
 * setting a new one and for changing one: times are UK wall-clock times.
 */
public class AssignmentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String instructions;
  private String moduleCode;
  private LocalDateTime dueAt;
  private Assignment.LatePolicy latePolicy = Assignment.LatePolicy.ACCEPT;
  private LocalDateTime cutoffAt;
  private boolean textAllowed = true;
  private boolean fileAllowed = true;
  private List<FileKind> fileKinds = new ArrayList<>(List.of(FileKind.PDF, FileKind.DOCX));
  private int maxFileMb = 10;
  private int maxSubmissions = 1;
  private int maxMark = 100;
  private Integer passMark;
  private Long rubricId;
  private boolean moderated;

  /** The form filled in with an assignment as it stands. */
  static AssignmentForm of(Assignment a) {
    AssignmentForm f = new AssignmentForm();
    f.title = a.getTitle();
    f.instructions = a.getInstructions();
    f.moduleCode = a.getModuleCode();
    f.dueAt = local(a.getDueAt());
    f.latePolicy = a.getLatePolicy();
    f.cutoffAt = local(a.getCutoffAt());
    f.textAllowed = a.isTextAllowed();
    f.fileAllowed = a.isFileAllowed();
    f.fileKinds = new ArrayList<>(a.acceptedKinds());
    f.maxFileMb = a.getMaxFileMb();
    f.maxSubmissions = a.getMaxSubmissions();
    f.maxMark = a.getMaxMark();
    f.passMark = a.getPassMark();
    f.rubricId = a.getRubric() == null ? null : a.getRubric().getId();
    f.moderated = a.isModerated();
    return f;
  }

  /**
   * What was typed, for the service to check. An empty pass mark is half the highest mark: the
   * chosen rubric's total ({@code rubricTotal} of its id), else "marked out of".
   */
  AssignmentInput input(ToIntFunction<Long> rubricTotal) {
    int outOf = rubricId == null ? maxMark : rubricTotal.applyAsInt(rubricId);
    return new AssignmentInput(
        title,
        instructions,
        moduleCode,
        uk(dueAt),
        latePolicy,
        uk(cutoffAt),
        textAllowed,
        fileAllowed,
        fileKinds.isEmpty() ? EnumSet.noneOf(FileKind.class) : EnumSet.copyOf(fileKinds),
        maxFileMb,
        maxSubmissions,
        maxMark,
        passMark == null ? AssignmentInput.halfOf(outOf) : passMark,
        rubricId,
        moderated);
  }

  static OffsetDateTime uk(LocalDateTime t) {
    return t == null ? null : t.atZone(UkTime.UK).toOffsetDateTime();
  }

  static LocalDateTime local(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(UkTime.UK).toLocalDateTime();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getInstructions() {
    return instructions;
  }

  public void setInstructions(String instructions) {
    this.instructions = instructions;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public void setModuleCode(String moduleCode) {
    this.moduleCode = moduleCode;
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
  }

  public Assignment.LatePolicy getLatePolicy() {
    return latePolicy;
  }

  public void setLatePolicy(Assignment.LatePolicy latePolicy) {
    this.latePolicy = latePolicy;
  }

  public LocalDateTime getCutoffAt() {
    return cutoffAt;
  }

  public void setCutoffAt(LocalDateTime cutoffAt) {
    this.cutoffAt = cutoffAt;
  }

  public boolean isTextAllowed() {
    return textAllowed;
  }

  public void setTextAllowed(boolean textAllowed) {
    this.textAllowed = textAllowed;
  }

  public boolean isFileAllowed() {
    return fileAllowed;
  }

  public void setFileAllowed(boolean fileAllowed) {
    this.fileAllowed = fileAllowed;
  }

  public List<FileKind> getFileKinds() {
    return fileKinds;
  }

  public void setFileKinds(List<FileKind> fileKinds) {
    this.fileKinds = fileKinds == null ? new ArrayList<>() : fileKinds;
  }

  public int getMaxFileMb() {
    return maxFileMb;
  }

  public void setMaxFileMb(int maxFileMb) {
    this.maxFileMb = maxFileMb;
  }

  public int getMaxSubmissions() {
    return maxSubmissions;
  }

  public void setMaxSubmissions(int maxSubmissions) {
    this.maxSubmissions = maxSubmissions;
  }

  public int getMaxMark() {
    return maxMark;
  }

  public void setMaxMark(int maxMark) {
    this.maxMark = maxMark;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public Long getRubricId() {
    return rubricId;
  }

  public void setRubricId(Long rubricId) {
    this.rubricId = rubricId;
  }

  public boolean isModerated() {
    return moderated;
  }

  public void setModerated(boolean moderated) {
    this.moderated = moderated;
  }
}
