package org.ccioacademy.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.catalogue.format.Problem;

/** One import of {@code courses/}: when, by whom, what it loaded and every problem it found. */
@Entity
@Table(name = "course_import_run")
@NamedQuery(
    name = "ImportRun.latest",
    query = "select r from ImportRun r order by r.startedAt desc, r.id desc")
public class ImportRun {

  /** What started an import. */
  public enum Trigger {
    STARTUP,
    ADMIN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Trigger trigger;

  @Column(name = "actor_label", nullable = false, length = 254)
  private String actorLabel;

  private int loaded;
  private int unchanged;
  private int failed;

  @OneToMany(mappedBy = "run", cascade = CascadeType.ALL)
  @OrderBy("position")
  private List<ImportProblem> problems = new ArrayList<>();

  protected ImportRun() {}

  ImportRun(Trigger trigger, String actorLabel, OffsetDateTime startedAt) {
    this.trigger = trigger;
    this.actorLabel = actorLabel;
    this.startedAt = startedAt;
  }

  void finish(int loaded, int unchanged, int failed, List<FolderProblem> found, OffsetDateTime at) {
    this.loaded = loaded;
    this.unchanged = unchanged;
    this.failed = failed;
    this.finishedAt = at;
    int i = 0;
    for (FolderProblem p : found) {
      problems.add(new ImportProblem(this, i++, p.folder(), p.problem()));
    }
  }

  /** A problem and the course folder (or {@code frameworks}) it belongs to. */
  public record FolderProblem(String folder, Problem problem) {}

  public Long getId() {
    return id;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public Trigger getTrigger() {
    return trigger;
  }

  public String getActorLabel() {
    return actorLabel;
  }

  public int getLoaded() {
    return loaded;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getFailed() {
    return failed;
  }

  public List<ImportProblem> getProblems() {
    return problems;
  }
}
