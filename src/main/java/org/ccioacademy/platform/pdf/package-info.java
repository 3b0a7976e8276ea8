/**
 * The fonts of the PDFs we make (certificates, portfolios): {@link PdfFonts} embeds Liberation
 * Serif and Sans as subsets, so every name prints, accents included.
 */
package org.ccioacademy.platform.pdf;
