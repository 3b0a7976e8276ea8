/**
 * The administrators' page of the audit log ({@code admin/audit.xhtml}): newest first, searchable,
 * paged in the database.
 */
package org.ccioacademy.platform.audit.web;
