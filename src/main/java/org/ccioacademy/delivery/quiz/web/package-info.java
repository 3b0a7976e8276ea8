/**
 * The quiz pages: {@code learn/quiz.xhtml} (questions and options only, never which is right;
 * marked on the server when submitted; a countdown for a timed quiz), {@code learn/attempt.xhtml}
 * (one of the trainee's own attempts, with the right answers once the quiz is passed or no attempts
 * are left) and {@code author/quiz-score.xhtml} (a tutor sets a trainee's score by hand, with every
 * attempt and earlier override shown).
 */
package org.ccioacademy.delivery.quiz.web;
