/**
 * Assessment (issue 4): assignments a tutor sets on a course, trainees' submissions (text and a
 * file checked by content), with the deadline, late and attempt rules enforced on the server.
 */
package org.ccioacademy.assessment;
