package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ccioacademy.catalogue.format.Problem;

/** A problem an import found, kept so administrators can read it on Admin → Courses. */
@Entity
@Table(name = "course_import_problem")
public class ImportProblem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id")
  private ImportRun run;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 300)
  private String folder;

  @Column(nullable = false, length = 300)
  private String file;

  @Column(nullable = false)
  private int line;

  @Column(nullable = false, length = 300)
  private String field;

  @Column(nullable = false, length = 2000)
  private String message;

  protected ImportProblem() {}

  ImportProblem(ImportRun run, int position, String folder, Problem p) {
    this.run = run;
    this.position = position;
    this.folder = cut(folder, 300);
    this.file = cut(p.file(), 300);
    this.line = p.line();
    this.field = cut(p.field() == null ? "" : p.field(), 300);
    this.message = cut(p.message(), 2000);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** The problem as one line: file, line, field and message. */
  public String getDescription() {
    return new Problem(file, line, field, message).toString();
  }

  public String getFolder() {
    return folder;
  }

  public String getFile() {
    return file;
  }

  public int getLine() {
    return line;
  }

  public String getField() {
    return field;
  }

  public String getMessage() {
    return message;
  }
}
