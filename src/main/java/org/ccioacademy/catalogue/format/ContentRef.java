package org.ccioacademy.catalogue.format;

import java.io.Serializable;

/**
 * The content package a module plays, as its header names it ({@code package: fhir-basics.zip}):
 * the zip or folder beside the module in the course folder, and the fingerprint of its files, which
 * is how a course version keeps the very package it was published with.
 *
 * @param name the zip file's or folder's name in the course folder
 * @param sha256 the fingerprint of the package's files (see {@code PackageReader})
 */
public record ContentRef(String name, String sha256) implements Serializable {}
