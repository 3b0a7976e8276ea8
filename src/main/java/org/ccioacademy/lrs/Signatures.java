package org.ccioacademy.lrs;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.X509CertUtils;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;

/**
 * Signed statements: a signature attachment holds a JWS (RS256, RS384 or RS512) whose payload is
 * the statement as it was before the signature was added; the LRS refuses a malformed one, one
 * whose payload is another statement, and one that its own X.509 certificate does not verify.
 */
public final class Signatures {

  private Signatures() {}

  public static final String USAGE = "http://adlnet.gov/expapi/attachments/signature";
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

  /** Checks the signature of {@code s}, if it has one; {@code contents} are the request's parts. */
  public static void check(JsonObject s, Map<String, Statements.Content> contents) {
    if (!s.containsKey("attachments")) {
      return;
    }
    JsonArrayBuilder others = Json.createArrayBuilder();
    JsonObject signature = null;
    for (JsonValue v : s.getJsonArray("attachments")) {
      JsonObject a = v.asJsonObject();
      if (USAGE.equals(a.getString("usageType")) && signature == null) {
        signature = a;
      } else {
        others.add(a);
      }
    }
    if (signature == null) {
      return;
    }
    if (!signature.getString("contentType").startsWith("application/octet-stream")) {
      throw XapiException.bad(
          "A signature attachment's contentType must be application/octet-stream");
    }
    Statements.Content c = contents.get(signature.getString("sha2").toLowerCase());
    if (c == null) {
      throw XapiException.bad("The signature attachment's content was not sent");
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(new String(c.bytes(), StandardCharsets.UTF_8).trim());
    } catch (ParseException e) {
      throw XapiException.bad("The signature is not a JWS (" + e.getMessage() + ")");
    }
    if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
      throw XapiException.bad("The signature must use RS256, RS384 or RS512");
    }
    JsonValue payload = XapiJson.parse(jws.getPayload().toString(), "signature payload");
    if (payload.getValueType() != JsonValue.ValueType.OBJECT) {
      throw XapiException.bad("The signature's payload is not a statement");
    }
    JsonObjectBuilder unsigned = Json.createObjectBuilder(s);
    var rest = others.build();
    if (rest.isEmpty()) {
      unsigned.remove("attachments");
    } else {
      unsigned.add("attachments", rest);
    }
    JsonObject original = payload.asJsonObject();
    JsonObject sent = unsigned.build();
    if (original.containsKey("id")
        && sent.containsKey("id")
        && !original.getString("id").equalsIgnoreCase(sent.getString("id"))) {
      throw XapiException.bad("The signature's payload is a statement with another id");
    }
    if (!StatementShape.same(original, sent)) {
      throw XapiException.bad("The signature's payload is not the statement it is attached to");
    }
    var chain = jws.getHeader().getX509CertChain();
    if (chain != null && !chain.isEmpty()) {
      X509Certificate cert = X509CertUtils.parse(chain.get(0).decode());
      if (cert == null || !(cert.getPublicKey() instanceof RSAPublicKey key)) {
        throw XapiException.bad("The signature's x5c certificate is not an RSA certificate");
      }
      try {
        if (!jws.verify(new RSASSAVerifier(key))) {
          throw XapiException.bad("The signature does not verify against its x5c certificate");
        }
      } catch (JOSEException e) {
        throw XapiException.bad("The signature cannot be verified (" + e.getMessage() + ")");
      }
    }
  }
}
