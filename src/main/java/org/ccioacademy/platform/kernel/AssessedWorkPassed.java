package org.ccioacademy.platform.kernel;

/**
 * Fired (synchronously, in the transaction that released the mark) when a trainee's work for a
 * course's assessed assignment is released with a pass, so that the course can be completed if its
 * modules are. Assessment fires it; delivery, which cannot depend on assessment, observes it.
 */
public record AssessedWorkPassed(long userId, long courseId) {}
