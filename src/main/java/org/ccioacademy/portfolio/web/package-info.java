/**
 * The portfolio page, {@code trainee/portfolio.xhtml}: progress toward revalidation, every record
 * in a period (paged), a record of the trainee's own with its evidence, and the exports.
 */
package org.ccioacademy.portfolio.web;
