/**
 * The signed-in trainee's portfolio in the JSON API: {@code /api/portfolio/cpd.csv} (formula-safe
 * cells) and {@code cpd.pdf} for a period, and {@code evidence/{entry}}, the evidence file of one
 * of their own records (owner only, served as its real type with {@code nosniff}).
 */
package org.ccioacademy.portfolio.api;
