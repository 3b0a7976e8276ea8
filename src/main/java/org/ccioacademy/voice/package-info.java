/**
 * The clinician's voice (issue 24): usability ratings of the clinical systems trainees use at work,
 * with the System Usability Scale, and the figures published from them.
 *
 * <ul>
 *   <li>{@link SystemUsabilityScale}: the instrument as its author defines it (ten statements,
 *       answers 1 to 5, a score of 0 to 100), every answer checked.
 *   <li>{@link PublishedFigures}: what may be published from a group's ratings: nothing below the
 *       minimum number of raters (so nobody can be singled out), else the number, mean, median and
 *       the mean's 95% confidence interval.
 * </ul>
 *
 * <p>Uses nothing outside the JDK; definitions of every figure are in {@code docs/metrics.md}.
 */
package org.ccioacademy.voice;
