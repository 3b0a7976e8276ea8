/**
 * The audit log: one row ({@link AuditEntry}, never edited) for every change that matters, written
 * by {@link AuditLog} in the same transaction as the change, so a change is never recorded without
 * its row or the other way round. {@link Actor} is who made it: a signed-in person or the system.
 * {@code web} holds the administrators' page.
 */
package org.ccioacademy.platform.audit;
