/**
 * The identity pages: {@code sign-in.xhtml}, {@code register.xhtml} (trainees register themselves),
 * {@code home.xhtml} (sends each person to the home page of their most senior role), {@code
 * trainee/home.xhtml} (the profile), {@code account/password.xhtml}, {@code
 * reviewer/api-tokens.xhtml}, and the administrators' {@code admin/home.xhtml}, {@code
 * admin/users.xhtml}, {@code admin/user.xhtml} and {@code admin/new-user.xhtml}. Signing out is a
 * POST.
 */
package org.ccioacademy.identity.web;
