package org.ccioacademy.catalogue.scorm;

import java.nio.file.Path;

/**
 * A content package that has been read and checked ({@link PackageReader}), not yet stored.
 *
 * @param name what the course folder or the upload calls it ({@code fhir-basics.zip})
 * @param source the zip file or the folder it was read from
 * @param sha256 the fingerprint of its files: the same files give the same fingerprint, however
 *     they are zipped
 * @param bytes its size as given (the zip's size, or the folder's files together)
 * @param files how many files it holds
 * @param manifest what its {@code imsmanifest.xml} says
 */
public record PackageContents(
    String name, Path source, String sha256, long bytes, int files, ScormManifest manifest) {}
