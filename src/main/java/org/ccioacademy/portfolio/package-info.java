/**
 * The CPD portfolio: everything that counts toward a trainee's CPD in one list, their own records,
 * progress toward revalidation, and exports for appraisal.
 *
 * <ul>
 *   <li>{@link Portfolio}: one SQL union of completed courses (every completion, re-certifications
 *       included), attended sessions (latest mark present or late) and the trainee's own {@code
 *       cpd_entry} records with their {@code cpd_evidence} file ({@link PortfolioLine}); filtered
 *       by period, paged and totalled in the database. Own records ({@link EntryInput}) are added
 *       and removed, audited; evidence is checked by its content ({@code platform.files.FileKind})
 *       and counts toward the person's storage quota.
 *   <li>{@link RevalidationCycle}: the regulator's cycle ending on the trainee's due date (NMC: 3
 *       years, 35 hours, 20 participatory; GMC: 5 years; HCPC: 2 years); {@link CpdMethod}: how CPD
 *       was done, participatory or not.
 *   <li>{@link PortfolioPdf}: a period's portfolio as a PDF for appraisal or revalidation.
 *   <li>{@code web}: the My CPD portfolio page; {@code api}: CSV and PDF exports and evidence
 *       downloads.
 * </ul>
 *
 * <p><b>Reads</b> completions and attendance through what delivery and events publish ({@code
 * course_completed}, {@code attended_session}), and course titles and hours from the catalogue's
 * {@code course_version_fact}. Uses platform and identity only.
 */
package org.ccioacademy.portfolio;
