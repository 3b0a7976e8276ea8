/**
 * The CPD portfolio: completed courses and attended sessions, and the trainee's own records, in one
 * list; progress toward revalidation; export for appraisal.
 */
package org.ccioacademy.portfolio;
