/**
 * Files people upload (CPD evidence, assignment hand-ins). {@link FileKind} recognises the kinds
 * allowed by their content, never by the name or the type the browser claims, so a file is always
 * served back as what it really is; {@link Upload} is a chosen file and its bytes; {@link
 * StorageQuota} holds each person to {@code ccio.files.quota-mb}, reading the {@code
 * user_file_usage} view, under a lock so two uploads at once cannot both pass.
 */
package org.ccioacademy.platform.files;
