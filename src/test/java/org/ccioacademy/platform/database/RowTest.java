package org.ccioacademy.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RowTest {

  enum Colour {
    RED
  }

  @Test
  void readsEachTypeAsTheDriverMayReturnIt() {
    Row r =
        Row.of(
            new Object[] {
              7L,
              new BigDecimal("12"),
              "text",
              new BigDecimal("2.50"),
              3,
              Timestamp.from(Instant.parse("2026-12-05T10:15:30Z")),
              Date.valueOf(LocalDate.of(2026, 12, 5)),
              true,
              "RED"
            });
    assertThat(r.longAt(0)).isEqualTo(7L);
    assertThat(r.intAt(1)).isEqualTo(12);
    assertThat(r.stringAt(2)).isEqualTo("text");
    assertThat(r.decimalAt(3)).isEqualByComparingTo("2.5");
    assertThat(r.decimalAt(4)).isEqualByComparingTo("3");
    assertThat(r.momentAt(5))
        .isEqualTo(OffsetDateTime.of(2026, 12, 5, 10, 15, 30, 0, ZoneOffset.UTC));
    assertThat(r.dateAt(6)).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(r.booleanAt(7)).isTrue();
    assertThat(r.enumAt(8, Colour.class)).isEqualTo(Colour.RED);
  }

  @Test
  void sqlNullIsNullOrFalseAndAMistakeWhereANumberMustBeThere() {
    Row r = Row.of(new Object[] {null});
    assertThat(r.isNull(0)).isTrue();
    assertThatThrownBy(() -> r.longAt(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.intAt(0)).isInstanceOf(IllegalStateException.class);
    assertThat(r.nullableLongAt(0)).isNull();
    assertThat(r.nullableIntAt(0)).isNull();
    assertThat(r.stringAt(0)).isNull();
    assertThat(r.decimalAt(0)).isNull();
    assertThat(r.momentAt(0)).isNull();
    assertThat(r.dateAt(0)).isNull();
    assertThat(r.booleanAt(0)).isFalse();
    assertThat(r.enumAt(0, Colour.class)).isNull();
  }

  @Test
  void aOneColumnQueryGivesTheValueItselfAndIsStillARow() {
    assertThat(Row.of(42L).longAt(0)).isEqualTo(42L);
    assertThat(Row.of(42L).size()).isEqualTo(1);
  }
}
