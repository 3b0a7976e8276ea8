/**
 * The clinician's voice (issue 24): usability ratings of the clinical systems trainees use at work,
 * with the System Usability Scale, the figures published from them, and trainees' feedback on the
 * modules they take.
 *
 * <ul>
 *   <li>{@link SystemUsabilityScale}: the instrument as its author defines it (ten statements,
 *       answers 1 to 5, a score of 0 to 100), every answer checked; {@link RatingInput} adds a
 *       CCIO's questions (minutes lost a shift, training, would recommend) and a comment.
 *   <li>{@link ClinicalSystem} and {@link ClinicalSystems}: the reference list admins keep, and the
 *       systems trainees name as "other" for an admin to list, merge or retire.
 *   <li>{@link Ratings}: one current rating per person and system, a new one replacing it with the
 *       history kept; organisation and region taken from the rater's profile when they rate.
 *   <li>{@link Moderation}: comments reach reviewers only once an admin publishes them (names and
 *       patient details taken out), never with their author.
 *   <li>{@link UsabilityFigures} and {@link PublishedFigures}: the figures, aggregated in SQL by
 *       product, supplier, region and organisation ({@link Area}), held back below {@code
 *       ccio.voice.minimum-raters} people (default 10).
 *   <li>{@link ModuleFeedback} (a trainee's view of a module and the errors they flag, answered by
 *       tutors) and {@link ModuleFeedbackFigures} (what tutors see).
 *   <li>{@link VoicePersonalData}: ratings, module feedback and flags in a person's copy of their
 *       data, on erasure and when two accounts are merged.
 * </ul>
 *
 * <p>Owns {@code clinical_system}, {@code system_rating}, {@code module_feedback} and {@code
 * module_flag} (V47). Reads only what others publish: {@code person} (identity), {@code
 * course_module}, {@code tutor_of_course} and {@code course_version_fact} (catalogue), {@code
 * enrolment_standing} (delivery); calls the catalogue's {@code Catalogue} and review's {@code
 * ReviewerScopes}. Fires {@code ClinicalSystemRated} (platform kernel) for a module whose activity
 * is to rate a system. Every published figure is defined in {@code docs/metrics.md}.
 */
package org.ccioacademy.voice;
