/**
 * The pathway pages: {@code trainee/pathway.xhtml} (My pathway: each stage met, in progress with
 * exactly what is missing and where to do it, or not started; opening it announces any stage newly
 * met) and {@code admin/pathway.xhtml} (the pathway's text, checked line by line before it is put
 * in force).
 */
package org.ccioacademy.pathway.web;
