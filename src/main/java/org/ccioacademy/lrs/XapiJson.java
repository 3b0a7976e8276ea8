package org.ccioacademy.lrs;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** JSON as the LRS reads it from requests: anything that is not JSON is a 400 naming the part. */
public final class XapiJson {

  private XapiJson() {}

  /** The JSON value {@code text} holds; {@code what} names it in the refusal. */
  public static JsonValue parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw XapiException.bad(what + ": is empty, and must be JSON");
    }
    try (JsonParser p = Json.createParser(new StringReader(text))) {
      p.next();
      JsonValue v = p.getValue();
      if (p.hasNext()) {
        throw XapiException.bad(what + ": has more after its JSON value");
      }
      return v;
    } catch (JsonParsingException e) {
      throw XapiException.bad(
          what
              + ": is not valid JSON (line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ")");
    } catch (JsonException e) {
      throw XapiException.bad(what + ": is not valid JSON");
    }
  }
}
