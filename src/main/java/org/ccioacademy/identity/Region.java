package org.ccioacademy.identity;

/** The seven NHS England regions. */
public enum Region {
  EAST_OF_ENGLAND("East of England"),
  LONDON("London"),
  MIDLANDS("Midlands"),
  NORTH_EAST_AND_YORKSHIRE("North East and Yorkshire"),
  NORTH_WEST("North West"),
  SOUTH_EAST("South East"),
  SOUTH_WEST("South West");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
