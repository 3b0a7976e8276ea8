package org.ccioacademy.catalogue.format;

/** One option of a single- or multiple-choice question; {@code feedback} may be null. */
public record OptionDefinition(String text, boolean correct, String feedback) {}
