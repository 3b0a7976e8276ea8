package org.ccioacademy.catalogue.format;

/** A public source a module rests on. */
public record SourceLink(String title, String url) {}
