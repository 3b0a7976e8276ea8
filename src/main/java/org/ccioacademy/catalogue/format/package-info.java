/**
 * The course file format of {@code docs/course-format.md}: reading course and framework files into
 * definitions (with every problem named by file, line and field) and writing definitions back in
 * one canonical form. Plain Java with no container, so it is tested fast and used by the importer,
 * the exporter and the curriculum checks alike. Calls nothing outside the identity enums.
 */
package org.ccioacademy.catalogue.format;
