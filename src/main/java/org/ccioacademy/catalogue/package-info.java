/**
 * The catalogue: competency frameworks, courses and their versions, modules and quiz questions, the
 * importer of {@code courses/} and the Markdown renderer. Other features read it through {@link
 * org.ccioacademy.catalogue.Catalogue} and react to {@link
 * org.ccioacademy.catalogue.CourseVersionPublished}; it calls only platform (audit) and the
 * identity enums.
 */
package org.ccioacademy.catalogue;
