package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A level of a competency framework (the HEE framework has four). */
@Embeddable
public class CompetencyLevel {

  @Column(name = "level_no", nullable = false)
  private int number;

  @Column(nullable = false, length = 200)
  private String title;

  private String description;

  protected CompetencyLevel() {}

  CompetencyLevel(int number, String title, String description) {
    this.number = number;
    this.title = title;
    this.description = description;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
