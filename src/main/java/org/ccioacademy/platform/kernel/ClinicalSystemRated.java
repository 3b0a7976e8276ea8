package org.ccioacademy.platform.kernel;

import java.time.OffsetDateTime;

/**
 * Fired (synchronously, in the rating's transaction) when a person rates a clinical system, so a
 * module whose activity is to rate one can be completed. Voice fires it; delivery observes it.
 */
public record ClinicalSystemRated(long userId, long systemId, OffsetDateTime at) {}
