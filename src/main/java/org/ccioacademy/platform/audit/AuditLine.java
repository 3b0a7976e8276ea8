package org.ccioacademy.platform.audit;

import java.time.OffsetDateTime;

/**
 * An audit entry as people read it: when, a sentence ("Sam Ellis disabled the account of Priya Shah
 * (priya@nhs.net)"), the state before and after, how many rows a read showed, and the request.
 */
public record AuditLine(
    long id,
    OffsetDateTime when,
    String who,
    String sentence,
    String action,
    String before,
    String after,
    Integer rows,
    String requestId) {}
