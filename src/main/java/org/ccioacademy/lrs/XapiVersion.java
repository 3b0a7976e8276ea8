package org.ccioacademy.lrs;

import java.util.regex.Pattern;

/**
 * The version of xAPI a request speaks ({@code X-Experience-API-Version}): 1.0.x or 2.0.x. The LRS
 * answers 1.0 requests as xAPI 1.0.3 and 2.0 requests as IEEE xAPI 2.0.
 */
public enum XapiVersion {
  V1_0_3("1.0.3"),
  V2_0_0("2.0.0");

  private static final Pattern V1 = Pattern.compile("1\\.0(\\.\\d+)?");
  private static final Pattern V2 = Pattern.compile("2\\.0(\\.\\d+)?");

  private final String header;

  XapiVersion(String header) {
    this.header = header;
  }

  /** What the LRS sends back in {@code X-Experience-API-Version}. */
  public String header() {
    return header;
  }

  public boolean is2() {
    return this == V2_0_0;
  }

  /** The version a request's header names; 400 if none or one this LRS does not speak. */
  public static XapiVersion of(String header) {
    if (header == null || header.isBlank()) {
      throw XapiException.bad("The X-Experience-API-Version header is missing");
    }
    String h = header.trim();
    if (V1.matcher(h).matches()) {
      return V1_0_3;
    }
    if (V2.matcher(h).matches()) {
      return V2_0_0;
    }
    throw XapiException.bad(
        "X-Experience-API-Version \"" + h + "\" is not one this LRS speaks (1.0.x, 2.0.x)");
  }

  /** Whether a statement's own {@code version} is one stored under this version. */
  public boolean accepts(String statementVersion) {
    return V1.matcher(statementVersion).matches()
        || (is2() && V2.matcher(statementVersion).matches());
  }

  /** The version given to a statement that names none. */
  public String defaultStatementVersion() {
    return is2() ? "2.0.0" : "1.0.0";
  }
}
