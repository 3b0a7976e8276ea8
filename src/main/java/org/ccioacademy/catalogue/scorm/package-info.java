/**
 * Content packages (issue 21): SCORM 1.2 and SCORM 2004 packages as a second kind of module. This
 * part reads a package, a zip or an unpacked folder ({@link
 * org.ccioacademy.catalogue.scorm.PackageReader}, {@link
 * org.ccioacademy.catalogue.scorm.PackageArchive}: every path kept inside the package, sizes
 * counted as the bytes come out, a fingerprint of its files), its {@code imsmanifest.xml} ({@link
 * org.ccioacademy.catalogue.scorm.ManifestReader}: edition, organisation, items, launch files,
 * completion rules, every problem named by file and line), and holds both run-time data models
 * ({@link org.ccioacademy.catalogue.scorm.Cmi12}, {@link org.ccioacademy.catalogue.scorm.Cmi2004},
 * {@link org.ccioacademy.catalogue.scorm.CmiResponses}) with their rules as data for the browser
 * ({@link org.ccioacademy.catalogue.scorm.CmiRules}). cmi5 (issue 22): a course structure's {@code
 * cmi5.xml} is read by {@link org.ccioacademy.catalogue.scorm.Cmi5Reader} into a {@link
 * org.ccioacademy.catalogue.scorm.Cmi5Structure} (the course, its AUs in order with their blocks,
 * moveOn and mastery score), problems named by file and line. Plain Java: XML is read with the
 * JDK's SAX parser, DTDs and external entities refused.
 */
package org.ccioacademy.catalogue.scorm;
