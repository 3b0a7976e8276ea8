package org.ccioacademy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.ccioacademy.catalogue.CourseVersion;
import org.ccioacademy.catalogue.format.CompetencyRef;
import org.ccioacademy.catalogue.format.CourseDefinition;
import org.ccioacademy.catalogue.format.CourseLevel;
import org.ccioacademy.catalogue.format.ModuleActivity;
import org.ccioacademy.catalogue.format.ModuleDefinition;
import org.ccioacademy.catalogue.format.ModuleRule;
import org.ccioacademy.catalogue.format.QuestionDefinition;
import org.ccioacademy.catalogue.format.QuestionType;
import org.ccioacademy.catalogue.format.SourceLink;
import org.ccioacademy.identity.ProfessionalGroup;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2026-11-23T10:00:00Z");

  private static ModuleDefinition module(String id, boolean required) {
    return new ModuleDefinition(
        id,
        required,
        "Module " + id,
        10,
        LocalDate.of(2026, 12, 1),
        List.of("Outcome."),
        List.of(new CompetencyRef("fci", "it-systems", null)),
        List.of(new SourceLink("S", "https://example.org")),
        "Text.\n",
        List.of(
            new QuestionDefinition(
                "q", QuestionType.TRUE_FALSE, "?", "f", null, true, null, null, null)));
  }

  private static CourseVersion version(ModuleRule rule, ModuleDefinition... modules) {
    return version(rule, null, modules);
  }

  private static CourseVersion version(
      ModuleRule rule, Integer validMonths, ModuleDefinition... modules) {
    return CourseVersion.unsaved(
        new CourseDefinition(
            "c",
            "Course",
            "Summary",
            List.of(ProfessionalGroup.NURSE),
            CourseLevel.FOUNDATION,
            2,
            List.of(new CompetencyRef("fci", "it-systems", null)),
            rule,
            70,
            3,
            validMonths,
            null,
            List.of(modules)));
  }

  private static Enrolment enrolment(CourseVersion v) {
    return new Enrolment(1L, v.getCourse(), T);
  }

  @Test
  void aCertificateThatExpiresOpensReCertificationInTheWindowAndTheNewRoundStartsAfresh() {
    CourseVersion v = version(ModuleRule.READ_AND_QUIZ, 12, module("a", true));
    Enrolment e = enrolment(v);
    var a = v.module("a").orElseThrow();
    assertThat(e.certificateExpiresOn()).isNull();
    assertThat(e.mayRecertify(T.toLocalDate().plusYears(2), 60)).isFalse();
    e.markRead(a, T);
    e.quizScored(a, 90, true, T);
    assertThat(e.evaluate(v, T, true)).isTrue();
    // completed on 23 November 2026 (UK): valid for 12 months
    assertThat(e.certificateExpiresOn()).isEqualTo(LocalDate.parse("2027-11-23"));
    assertThat(e.mayRecertify(LocalDate.parse("2027-09-23"), 60)).isFalse();
    assertThat(e.mayRecertify(LocalDate.parse("2027-09-24"), 60)).isTrue();
    assertThat(e.mayRecertify(LocalDate.parse("2028-03-01"), 60)).isTrue();

    OffsetDateTime round = T.plusMonths(11);
    assertThat(e.startRecertification(round)).isTrue();
    assertThat(e.startRecertification(round.plusDays(1))).isFalse();
    assertThat(e.isRecertifying()).isTrue();
    assertThat(e.mayRecertify(LocalDate.parse("2027-11-01"), 60)).isFalse();
    assertThat(e.roundStart()).isEqualTo(round);
    // the earlier completion stands while the new round is under way
    assertThat(e.isCompleted()).isTrue();
    assertThat(e.getCompletedAt()).isEqualTo(T);
    assertThat(e.isModuleComplete("a")).isFalse();
    assertThat(e.getProgress().get("a").getBestScore()).isNull();
    assertThat(e.percentComplete(v)).isZero();

    e.markRead(a, round.plusDays(2));
    assertThat(e.evaluate(v, round.plusDays(2), true)).isFalse();
    e.quizScored(a, 75, true, round.plusDays(2));
    assertThat(e.evaluate(v, round.plusDays(2), true)).isTrue();
    assertThat(e.isRecertifying()).isFalse();
    assertThat(e.getCompletedAt()).isEqualTo(round.plusDays(2));
    assertThat(e.certificateExpiresOn()).isEqualTo(LocalDate.parse("2028-10-25"));
    assertThat(e.percentComplete(v)).isEqualTo(100);
  }

  @Test
  void aCourseWhoseCertificateNeverExpiresCannotBeReCertified() {
    CourseVersion v = version(ModuleRule.READ, module("a", true));
    Enrolment e = enrolment(v);
    e.markRead(v.module("a").orElseThrow(), T);
    assertThat(e.evaluate(v, T, true)).isTrue();
    assertThat(e.certificateExpiresOn()).isNull();
    assertThat(e.mayRecertify(T.toLocalDate().plusYears(10), 60)).isFalse();
  }

  @Test
  void readAndQuizNeedsBothForEachRequiredModule() {
    CourseVersion v = version(ModuleRule.READ_AND_QUIZ, module("a", true), module("b", false));
    Enrolment e = enrolment(v);
    var a = v.module("a").orElseThrow();

    e.markRead(a, T);
    assertThat(e.evaluate(v, T, true)).isFalse();
    assertThat(e.isModuleComplete("a")).isFalse();
    e.quizScored(a, 60, false, T);
    assertThat(e.evaluate(v, T, true)).isFalse();
    e.quizScored(a, 80, true, T.plusMinutes(5));
    assertThat(e.evaluate(v, T.plusMinutes(5), true)).isTrue();
    assertThat(e.isCompleted()).isTrue();
    assertThat(e.getCompletedAt()).isEqualTo(T.plusMinutes(5));
    assertThat(e.getProgress().get("a").getBestScore()).isEqualTo(80);
    assertThat(e.percentComplete(v)).isEqualTo(100);
    // completing again changes nothing
    assertThat(e.evaluate(v, T.plusDays(1), true)).isFalse();
    assertThat(e.getCompletedAt()).isEqualTo(T.plusMinutes(5));
  }

  @Test
  void readOnlyAndQuizOnlyRules() {
    CourseVersion read = version(ModuleRule.READ, module("a", true));
    Enrolment e = enrolment(read);
    e.markRead(read.module("a").orElseThrow(), T);
    assertThat(e.evaluate(read, T, true)).isTrue();

    CourseVersion quiz = version(ModuleRule.QUIZ, module("a", true));
    Enrolment q = enrolment(quiz);
    q.markRead(quiz.module("a").orElseThrow(), T);
    assertThat(q.evaluate(quiz, T, true)).isFalse();
    q.quizScored(quiz.module("a").orElseThrow(), 100, true, T);
    assertThat(q.evaluate(quiz, T, true)).isTrue();
  }

  @Test
  void aModuleThatAsksForAnActivityIsCompleteOnlyOnceItIsDone() {
    ModuleDefinition plain = module("a", true);
    ModuleDefinition rate =
        new ModuleDefinition(
            plain.id(),
            true,
            plain.title(),
            plain.minutes(),
            plain.reviewed(),
            plain.outcomes(),
            plain.competencies(),
            plain.sources(),
            plain.body(),
            plain.questions(),
            null,
            null,
            ModuleActivity.RATE_A_SYSTEM);
    CourseVersion v = version(ModuleRule.READ, rate);
    Enrolment e = enrolment(v);
    e.markRead(v.module("a").orElseThrow(), T);
    assertThat(e.evaluate(v, T, true, Set.of())).isFalse();
    assertThat(e.isModuleComplete("a")).isFalse();
    assertThat(e.evaluate(v, T, true, Set.of(ModuleActivity.RATE_A_SYSTEM))).isTrue();
    assertThat(e.isModuleComplete("a")).isTrue();
  }

  @Test
  void aNewVersionKeepsCompletedModulesAndAddsNewRequiredOnes() {
    CourseVersion v1 = version(ModuleRule.READ, module("a", true), module("b", true));
    Enrolment e = enrolment(v1);
    e.markRead(v1.module("a").orElseThrow(), T);
    e.evaluate(v1, T, true);
    assertThat(e.percentComplete(v1)).isEqualTo(50);

    // version 2 drops b and adds c: a still counts, c must be done
    CourseVersion v2 = version(ModuleRule.READ, module("a", true), module("c", true));
    assertThat(e.evaluate(v2, T, true)).isFalse();
    assertThat(e.percentComplete(v2)).isEqualTo(50);
    e.markRead(v2.module("c").orElseThrow(), T);
    assertThat(e.evaluate(v2, T, true)).isTrue();
    assertThat(e.getCompletedVersion()).isSameAs(v2);

    // version 3 removes the module left to do: the course is complete at once
    Enrolment other = enrolment(v1);
    other.markRead(v1.module("a").orElseThrow(), T);
    other.evaluate(v1, T, true);
    CourseVersion v3 = version(ModuleRule.READ, module("a", true), module("b", false));
    assertThat(other.evaluate(v3, T, true)).isTrue();
  }

  @Test
  void leavingKeepsProgressAndRejoiningRestoresIt() {
    CourseVersion v = version(ModuleRule.READ, module("a", true), module("b", true));
    Enrolment e = enrolment(v);
    e.markRead(v.module("a").orElseThrow(), T);
    e.evaluate(v, T, true);
    assertThat(e.leave(T)).isTrue();
    assertThat(e.leave(T)).isFalse();
    assertThat(e.isLeft()).isTrue();
    assertThat(e.evaluate(v, T, true)).isFalse();
    assertThat(e.rejoin(T)).isTrue();
    assertThat(e.isActive()).isTrue();
    assertThat(e.isModuleComplete("a")).isTrue();
    assertThat(e.rejoin(T)).isFalse();
  }
}
