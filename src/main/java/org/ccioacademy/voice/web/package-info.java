/**
 * The clinician's voice in pages: the trainee's systems and ratings ({@code /trainee/systems}), the
 * public figures ({@code /usability}), the reviewer's figures for their regions and organisations
 * ({@code /reviewer/usability}), the admin's reference list and moderation ({@code /admin/systems},
 * {@code /admin/comments}), feedback at the end of each module, and the tutors' feedback page
 * ({@code /author/feedback}).
 */
package org.ccioacademy.voice.web;
