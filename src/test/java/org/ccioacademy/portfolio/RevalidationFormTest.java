package org.ccioacademy.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ccioacademy.identity.Regulator;
import org.junit.jupiter.api.Test;

/** The regulators' layouts: credits as the RCP counts them, and the periods each covers. */
class RevalidationFormTest {

  private static final LocalDate DAY = LocalDate.of(2027, 2, 10);

  @Test
  void aCreditIsAWholeHourAtMostEightADay() {
    assertThat(RevalidationForm.credits(new BigDecimal("2.5"), DAY, DAY)).isEqualTo(2);
    assertThat(RevalidationForm.credits(new BigDecimal("0.75"), DAY, DAY)).isZero();
    assertThat(RevalidationForm.credits(new BigDecimal("10"), DAY, DAY)).isEqualTo(8);
    assertThat(RevalidationForm.credits(new BigDecimal("20"), DAY, DAY.plusDays(2))).isEqualTo(20);
    assertThat(RevalidationForm.credits(new BigDecimal("30"), DAY, DAY.plusDays(2))).isEqualTo(24);
  }

  @Test
  void theNmcCoversThreeYearsToRevalidationAndTheGmcTheAppraisalYear() {
    Portfolio.Period nmc = RevalidationForm.NMC.period(DAY, LocalDate.of(2028, 6, 30));
    assertThat(nmc.from()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(nmc.to()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(RevalidationForm.NMC.period(DAY, null).to()).isEqualTo(DAY);
    Portfolio.Period gmc = RevalidationForm.GMC.period(DAY, null);
    assertThat(gmc.from()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(gmc.to()).isEqualTo(LocalDate.of(2027, 3, 31));
    Portfolio.Period april = RevalidationForm.GMC.period(LocalDate.of(2027, 4, 1), null);
    assertThat(april.from()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(RevalidationForm.of(Regulator.NMC)).isEqualTo(RevalidationForm.NMC);
    assertThat(RevalidationForm.of(Regulator.GMC)).isEqualTo(RevalidationForm.GMC);
    assertThat(RevalidationForm.of(Regulator.HCPC)).isNull();
  }
}
