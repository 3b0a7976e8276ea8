/**
 * The career pathway toward CCIO: its stages (from {@code courses/pathway.yaml}), what a trainee
 * has done toward each, and certificates for stages reached.
 */
package org.ccioacademy.pathway;
