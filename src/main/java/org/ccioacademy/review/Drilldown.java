package org.ccioacademy.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.catalogue.Catalogue;
import org.ccioacademy.pathway.PathwayDefinition;
import org.ccioacademy.pathway.Pathways;
import org.ccioacademy.platform.database.Row;

/**
 * The trainees behind a dashboard figure, paged in the database: the population, narrowed to those
 * a figure counts (inactive, not on any course; on one course: enrolled, completed or left; at one
 * pathway stage; with a place at an event, or attended it).
 */
@ApplicationScoped
public class Drilldown {

  @PersistenceContext private EntityManager em;
  @Inject Dashboard dashboard;
  @Inject Catalogue catalogue;
  @Inject Pathways pathways;

  /** Which trainees of the population a figure counts. */
  public enum Show {
    ALL("Trainees"),
    INACTIVE("Inactive trainees"),
    NOT_ENROLLED("Trainees not enrolled on any course"),
    ENROLLED("Enrolled"),
    COMPLETED("Completed"),
    LEFT("Left the course"),
    MODULE_DONE("Completed the module"),
    QUIZ_TAKEN("Took the module's quiz"),
    QUIZ_PASSED("Passed the module's quiz"),
    STAGE("Highest pathway stage"),
    REGISTERED("With a place at"),
    ATTENDED("Attended");

    private final String label;

    Show(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    /** Whether the figure is about one course's enrolments. */
    public boolean perCourse() {
      return this == ENROLLED || this == COMPLETED || this == LEFT || perModule();
    }

    /** Whether the figure is about one module of a course. */
    public boolean perModule() {
      return this == MODULE_DONE || this == QUIZ_TAKEN || this == QUIZ_PASSED;
    }

    /** Whether the figure is about one event's places. */
    public boolean perEvent() {
      return this == REGISTERED || this == ATTENDED;
    }

    public static Show of(String name) {
      for (Show s : values()) {
        if (s.name().equals(name)) {
          return s;
        }
      }
      return ALL;
    }
  }

  /** What "not given" is called in a link's or a request's {@code value}. */
  public static final String NOT_GIVEN = "-";

  /**
   * {@code p} narrowed to one value of a dimension, as links and requests name them ({@code
   * by=REGION&value=LONDON}, {@link #NOT_GIVEN} for none); {@code p} itself when either is absent
   * or unknown.
   */
  public static Population narrow(Population p, String by, String value) {
    Dimension d = Dimension.of(by);
    return d == null || value == null ? p : p.only(d, NOT_GIVEN.equals(value) ? null : value);
  }

  /** One trainee as listed. */
  public record Line(
      long userId,
      String name,
      String odsCode,
      String region,
      String group,
      String grade,
      int enrolments,
      int completed,
      OffsetDateTime lastActivity,
      long learningRecords,
      OffsetDateTime lastRecord) {}

  /**
   * What a figure is about, besides the population: a course, an event, or a pathway stage (the
   * stage certificate held, and those of the later stages not held); {@code label} names it.
   */
  public record Of(
      Long courseId,
      String module,
      Long eventId,
      List<String> held,
      List<String> notHeld,
      String label) {

    /** Nothing more: the figures about the population as a whole. */
    public static final Of POPULATION = new Of(null, null, null, List.of(), List.of(), null);
  }

  /**
   * What {@code show} is about, from a request's parameters: the course's code (and a module's),
   * the event's id, or the stage's id ({@link #NOT_GIVEN} for "no stage yet"). Empty when the
   * figure needs one that does not exist.
   */
  public Optional<Of> of(Show show, String course, String module, String event, String stage) {
    if (show.perModule()) {
      return Optional.ofNullable(course)
          .flatMap(catalogue::course)
          .flatMap(
              c ->
                  c.getCurrentVersion()
                      .module(module)
                      .map(
                          m ->
                              new Of(
                                  c.getId(),
                                  m.getCode(),
                                  null,
                                  List.of(),
                                  List.of(),
                                  c.getCurrentVersion().getTitle() + ": " + m.getTitle())));
    }
    if (show.perCourse()) {
      return Optional.ofNullable(course)
          .flatMap(catalogue::course)
          .map(
              c ->
                  new Of(
                      c.getId(),
                      null,
                      null,
                      List.of(),
                      List.of(),
                      c.getCurrentVersion().getTitle()));
    }
    if (show.perEvent()) {
      if (event == null || !event.matches("\\d{1,18}")) {
        return Optional.empty();
      }
      @SuppressWarnings("unchecked")
      List<String> titles =
          em.createNativeQuery("select title from published_event where event_id = ?")
              .setParameter(1, Long.parseLong(event))
              .getResultList();
      return titles.stream()
          .findFirst()
          .map(t -> new Of(null, null, Long.parseLong(event), List.of(), List.of(), t));
    }
    if (show == Show.STAGE) {
      Optional<PathwayDefinition> pathway = pathways.current();
      if (pathway.isEmpty() || stage == null) {
        return Optional.empty();
      }
      List<String> all =
          pathway.get().stages().stream()
              .map(x -> "stage:" + pathway.get().id() + ":" + x.id())
              .toList();
      if (NOT_GIVEN.equals(stage)) {
        return Optional.of(new Of(null, null, null, List.of(), all, "no stage yet"));
      }
      List<PathwayDefinition.Stage> stages = pathway.get().stages();
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).id().equals(stage)) {
          return Optional.of(
              new Of(
                  null,
                  null,
                  null,
                  List.of(all.get(i)),
                  all.subList(i + 1, all.size()),
                  stages.get(i).title()));
        }
      }
      return Optional.empty();
    }
    return Optional.of(Of.POPULATION);
  }

  /** A text array literal of achievements (pathway and stage ids: letters, digits, hyphens). */
  private static String array(List<String> achievements) {
    return "array["
        + String.join(
            ", ",
            achievements.stream().map(a -> "'" + a.replaceAll("[^a-z0-9:-]", "") + "'").toList())
        + "]::text[]";
  }

  /** The condition for {@code show} on {@code trainee_fact t}. */
  private String condition(Show show, Of of) {
    return switch (show) {
      case ALL -> "";
      case INACTIVE ->
          " and (t.last_activity_at is null or t.last_activity_at < now() - interval '"
              + dashboard.getInactiveDays()
              + " days')";
      case NOT_ENROLLED -> " and t.enrolments = 0";
      case ENROLLED, COMPLETED, LEFT ->
          " and exists (select 1 from enrolment_fact f where f.user_id = t.user_id"
              + " and f.course_id = "
              + (of.courseId() == null ? -1 : of.courseId())
              + (show == Show.COMPLETED
                  ? " and f.days_to_complete is not null"
                  : show == Show.LEFT ? " and f.status = 'LEFT'" : "")
              + ")";
      // as the course page counts them: a module of the trainee's enrolment on the course
      case MODULE_DONE, QUIZ_TAKEN, QUIZ_PASSED ->
          " and exists (select 1 from enrolment_fact f join module_standing mp"
              + " on mp.enrolment_id = f.enrolment_id where f.user_id = t.user_id"
              + " and f.course_id = "
              + (of.courseId() == null ? -1 : of.courseId())
              + " and mp.module_code = '"
              + (of.module() == null ? "" : of.module().replaceAll("[^A-Za-z0-9_-]", ""))
              + "' and "
              + switch (show) {
                case MODULE_DONE -> "mp.completed";
                case QUIZ_TAKEN -> "mp.best_score is not null";
                default -> "mp.quiz_passed_at is not null";
              }
              + ")";
      // the highest stage held: that stage's certificate, and none of a later stage's
      case STAGE ->
          (of.held().isEmpty() ? "" : " and t.stages @> " + array(of.held()))
              + (of.notHeld().isEmpty()
                  ? ""
                  : " and not coalesce(t.stages && " + array(of.notHeld()) + ", false)");
      // as the dashboard counts them: a place, and the latest mark at a session present or late
      case REGISTERED, ATTENDED -> {
        long event = of.eventId() == null ? -1 : of.eventId();
        yield " and exists (select 1 from event_place r where r.event_id = "
            + event
            + " and r.user_id = t.user_id)"
            + (show == Show.ATTENDED
                ? " and exists (select 1 from session_attendance a where a.event_id = "
                    + event
                    + " and a.user_id = t.user_id and a.attended)"
                : "");
      }
    };
  }

  public long count(Population p, Show show, Of of) {
    return ((Number)
            p.bind(
                    em.createNativeQuery(
                        "select count(*) from trainee_fact t where "
                            + p.where()
                            + condition(show, of)))
                .getSingleResult())
        .longValue();
  }

  /** A page of trainees, by name. */
  public List<Line> page(Population p, Show show, Of of, int first, int n) {
    return lines(
        p,
        show,
        of,
        " order by lower(u.full_name), t.user_id offset "
            + Math.max(0, first)
            + " limit "
            + Math.max(0, n));
  }

  /**
   * The next {@code n} trainees after user {@code afterId}, by user id: for exports, which read
   * every trainee a batch at a time without sorting the whole population for each batch.
   */
  public List<Line> after(Population p, Show show, Of of, long afterId, int n) {
    return lines(
        p, show, of, " and t.user_id > " + afterId + " order by t.user_id limit " + Math.max(0, n));
  }

  private List<Line> lines(Population p, Show show, Of of, String range) {
    List<Row> rows =
        Row.list(
            p.bind(
                em.createNativeQuery(
                    "select t.user_id, u.full_name, t.ods_code, t.region, t.professional_group,"
                        + " t.grade, t.enrolments, t.completed, t.last_activity_at,"
                        + " r.statements, r.last_stored"
                        + " from trainee_fact t join person u on u.id = t.user_id"
                        + " cross join lateral learning_records_of(t.user_id) r where "
                        + p.where()
                        + condition(show, of)
                        + range)));
    return rows.stream()
        .map(
            r ->
                new Line(
                    r.longAt(0),
                    r.stringAt(1),
                    r.stringAt(2),
                    Dimension.REGION.describe(r.stringAt(3)),
                    Dimension.GROUP.describe(r.stringAt(4)),
                    Dimension.GRADE.describe(r.stringAt(5)),
                    r.intAt(6),
                    r.intAt(7),
                    r.momentAt(8),
                    r.longAt(9),
                    r.momentAt(10)))
        .toList();
  }
}
