package org.ccioacademy.identity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files people upload (staff feeds, invitation lists), read as spreadsheets save them: UTF-8
 * with or without a byte order mark, a first line naming the columns in any case and spacing.
 */
final class CsvText {

  /** What to tell someone whose file is not UTF-8. */
  static final String NOT_UTF8 =
      "The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8 (comma"
          + " delimited)\".";

  private CsvText() {}

  /** The file's text, without a byte order mark; null when it is not UTF-8. */
  static String decode(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static CSVParser parse(String text) throws IOException {
    return CSVParser.parse(
        text, CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get());
  }

  /** A column heading as compared: lower case, separators as single spaces. */
  static String key(String heading) {
    return heading
        .replace("\uFEFF", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[_\\-./()]+", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  static boolean isBlank(CSVRecord record) {
    for (String v : record) {
      if (v != null && !v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The value at {@code i}, stripped; null when absent or blank. */
  static String at(CSVRecord record, Integer i) {
    if (i == null || i >= record.size()) {
      return null;
    }
    String v = record.get(i);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** What to tell someone whose file could not be parsed. */
  static String unreadable(Exception e) {
    return "The file could not be read as CSV ("
        + e.getMessage()
        + "). Check that quotes are paired, and save it from the spreadsheet as CSV.";
  }
}
