package org.ccioacademy.delivery;

import java.math.BigDecimal;
import org.ccioacademy.platform.database.Row;
import org.ccioacademy.platform.kernel.Percent;

/**
 * One module of a course's current version, over a set of the course's enrolments (every one for
 * its tutors, a population's for a reviewer), as the SQL function {@code module_figures} counts
 * them (R__delivery_facts.sql, the one place the rule is written): enrolled, completed the module,
 * took its quiz, passed it, the average best score and the quiz attempts.
 */
public record ModuleFigures(
    String code,
    String title,
    int position,
    long enrolled,
    long completed,
    long tookQuiz,
    long passed,
    BigDecimal averageBestScore,
    long attempts) {

  /** Reads a row of {@code select * from module_figures(...)}. */
  public static ModuleFigures of(Row r) {
    return new ModuleFigures(
        r.stringAt(0),
        r.stringAt(1),
        r.intAt(2),
        r.longAt(3),
        r.longAt(4),
        r.longAt(5),
        r.longAt(6),
        r.decimalAt(7),
        r.longAt(8));
  }

  /** Completed as a share of enrolled, per cent to one decimal; null when nobody is enrolled. */
  public BigDecimal completionRate() {
    return Percent.of(completed, enrolled);
  }

  /** Passed as a share of those who took the quiz; null when nobody took it. */
  public BigDecimal passRate() {
    return Percent.of(passed, tookQuiz);
  }
}
