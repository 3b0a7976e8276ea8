package org.ccioacademy.certificates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a certificate will state, worked out from an achievement. {@code achievement} names the
 * achievement uniquely for its holder (e.g. {@code course:clinical-safety:enrolment-12:...}), so
 * issuing the same draft twice gives one certificate.
 */
public record CertificateDraft(
    Certificate.Kind kind,
    String achievement,
    String title,
    List<String> outcomes,
    String holderName,
    String registration,
    LocalDate startedOn,
    LocalDate completedOn,
    String duration,
    BigDecimal cpdParticipatory,
    BigDecimal cpdOther,
    String deliveryMode,
    LocalDate expiresOn) {}
