/**
 * Quizzes, in one place.
 *
 * <ul>
 *   <li>{@link Quizzes}: taking a module's quiz. A trainee starts a sitting ({@link QuizSitting}:
 *       the questions drawn from the module's bank, in order, and the deadline; at most one open
 *       per trainee and module, so a reload shows the same questions and the same clock). The
 *       sitting takes the answers and returns the attempt, marked on the server; answers that come
 *       after the deadline plus {@code ccio.quiz.grace-seconds} are not marked and the attempt is
 *       kept as timed out. {@code Quizzes.standing} is what the quiz page shows.
 *   <li>{@link QuizAttempt} and {@link QuizResponse}: attempts are append-only, numbered per
 *       trainee and module, never overwritten.
 *   <li>{@link QuizAllowances}: a tutor's extra attempts and extra time for one trainee, with a
 *       reason; every allowance is kept, the newest applies. {@link ScoreOverrides}: a tutor (or an
 *       admin) sets a score by hand with the reason, audited, the module's best score from then on.
 *   <li>{@code web}: the quiz page (its countdown in {@code resources/js/quiz-timer.js}), a
 *       trainee's attempt, and the tutor's page that sets a score.
 * </ul>
 *
 * <p>The questions are course content and live in the catalogue ({@code catalogue.Question}); a
 * result reaches the enrolment only through {@code delivery.Completions}, which applies the
 * completion rules. {@link QuizClosedException}: a quiz that cannot be taken now.
 */
package org.ccioacademy.delivery.quiz;
