package org.ccioacademy.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the portfolio: a completed course, an attended session, or the trainee's own record
 * ({@code ownId} set, so it can be changed), with the name of its evidence file if it has one.
 */
public record PortfolioLine(
    LocalDate startedOn,
    LocalDate endedOn,
    String method,
    String topic,
    BigDecimal hours,
    boolean participatory,
    String reflection,
    String codeThemes,
    String source,
    Long ownId,
    String evidenceName) {}
