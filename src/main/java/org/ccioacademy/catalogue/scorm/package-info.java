/**
 * Content packages (issue 21): SCORM 1.2 and SCORM 2004 packages as a second kind of module. This
 * part reads a package's {@code imsmanifest.xml} ({@link ManifestReader}: edition, organisation,
 * items, launch files, completion rules) with every problem named by file and line, and keeps paths
 * inside the package ({@link PackagePaths}). Plain Java: XML is read with the JDK's SAX parser,
 * DTDs and external entities refused.
 */
package org.ccioacademy.catalogue.scorm;
