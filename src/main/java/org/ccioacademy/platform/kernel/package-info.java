/**
 * The shared kernel: the few words every feature uses with the same meaning. {@link Caller} is who
 * is asking (id, label, {@link Role}s); permission rules on the entities read it ({@code
 * course.mayBeEditedBy(caller)}, {@code event.mayBeOrganisedBy(caller)}). When a service says no,
 * it says it one of four ways, and every page and endpoint handles them alike: {@link
 * InvalidInputException} (what was typed is wrong, field by field in {@link FieldErrors}), {@link
 * ConcurrentEditException} (someone else saved first), {@link NotAllowedException} (not yours to
 * change) and {@link RefusedException} (the record's rules refuse it now; features extend it for
 * their own refusals). {@link Percent}: a share as every page and export shows it. Nothing here
 * knows any feature.
 */
package org.ccioacademy.platform.kernel;
