package org.ccioacademy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * Open Badges 3.0 credentials (W3C Verifiable Credentials data model) for certificates, signed as
 * VC-JWT with the issuer's Ed25519 key, and their verification: the signature, then the
 * certificate's standing today (a genuine credential of a revoked certificate is not valid).
 */
@ApplicationScoped
public class Badges {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  @Inject IssuerKeys keys;
  @Inject Certificates certificates;

  @Inject PublicUrl publicUrl;

  /** What a verifier is told about a credential. */
  public record Verification(
      boolean signatureValid,
      Certificate.Standing standing,
      String certificateId,
      String holder,
      String title,
      List<String> mismatched) {

    /** Genuine, says what the certificate says, and the certificate is valid today. */
    public boolean valid() {
      return signatureValid && mismatched.isEmpty() && standing == Certificate.Standing.VALID;
    }
  }

  /**
   * The claims a credential must state exactly as its certificate does: the holder and the
   * achievement (the subject), the title, the dates and the issuer.
   */
  static final List<String> CLAIMS =
      List.of(
          "credentialSubject", "name", "validFrom", "validUntil", "nbf", "exp", "jti", "issuer");

  /** The claims of {@link #CLAIMS} in which {@code presented} differs from {@code expected}. */
  static List<String> mismatched(JsonObject presented, JsonObject expected) {
    List<String> differ = new ArrayList<>();
    for (String claim : CLAIMS) {
      JsonValue p = presented.get(claim);
      JsonValue e = expected.get(claim);
      if ("issuer".equals(claim)) {
        p = p instanceof JsonObject o ? o.get("id") : p;
        e = e instanceof JsonObject o ? o.get("id") : e;
      }
      if (!same(p, e)) {
        differ.add(claim);
      }
    }
    return differ;
  }

  private static boolean same(JsonValue a, JsonValue b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof JsonNumber x && b instanceof JsonNumber y) {
      return x.bigDecimalValue().compareTo(y.bigDecimalValue()) == 0;
    }
    return a.equals(b);
  }

  String base() {
    return publicUrl.base();
  }

  /** The issuer's id: its public profile, which also names its key. */
  public String issuerId() {
    return base() + "/api/badges/issuer";
  }

  public String keyId() {
    return issuerId() + "#key-1";
  }

  /** The issuer's public key as a JSON Web Key Set, for verifying credentials offline. */
  public JsonObject jwks() {
    return VcJwt.JSON
        .createObjectBuilder()
        .add(
            "keys",
            VcJwt.JSON
                .createArrayBuilder()
                .add(
                    VcJwt.JSON
                        .createObjectBuilder()
                        .add("kty", "OKP")
                        .add("crv", "Ed25519")
                        .add("alg", "EdDSA")
                        .add("use", "sig")
                        .add("kid", keyId())
                        .add(
                            "x",
                            Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(keys.publicKeyBytes()))))
        .build();
  }

  /** The issuer's Open Badges profile. */
  public JsonObject issuerProfile() {
    CertificatePdf.Provider p = certificates.provider();
    return VcJwt.JSON
        .createObjectBuilder()
        .add("@context", VcJwt.JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
        .add("id", issuerId())
        .add("type", VcJwt.JSON.createArrayBuilder().add("Profile"))
        .add("name", p.name())
        .add("url", base() + "/")
        .add("email", p.contact())
        .add("publicKeys", base() + "/api/badges/jwks.json")
        .build();
  }

  /** The credential a certificate makes (unsigned). */
  public JsonObject credential(Certificate c) {
    CertificatePdf.Provider p = certificates.provider();
    JsonArrayBuilder outcomes = VcJwt.JSON.createArrayBuilder();
    c.getOutcomeList().forEach(outcomes::add);
    JsonObjectBuilder achievement =
        VcJwt.JSON
            .createObjectBuilder()
            .add("id", base() + "/api/badges/achievements/" + achievementSlug(c))
            .add("type", VcJwt.JSON.createArrayBuilder().add("Achievement"))
            .add("achievementType", achievementType(c))
            .add("name", c.getTitle())
            .add(
                "description",
                CertificatePdf.heading(c)
                    + ": "
                    + c.getTitle()
                    + (c.getOutcomeList().isEmpty()
                        ? ""
                        : ". Outcomes: " + String.join(" ", c.getOutcomeList())))
            .add("criteria", VcJwt.JSON.createObjectBuilder().add("narrative", narrative(c)))
            .add(
                "creator",
                VcJwt.JSON
                    .createObjectBuilder()
                    .add("id", issuerId())
                    .add("type", VcJwt.JSON.createArrayBuilder().add("Profile"))
                    .add("name", p.name()));
    JsonObjectBuilder subject =
        VcJwt.JSON
            .createObjectBuilder()
            .add("type", VcJwt.JSON.createArrayBuilder().add("AchievementSubject"))
            .add(
                "identifier",
                VcJwt.JSON
                    .createArrayBuilder()
                    .add(
                        VcJwt.JSON
                            .createObjectBuilder()
                            .add("type", "IdentityObject")
                            .add("identityType", "name")
                            .add("hashed", false)
                            .add("identityHash", c.getHolderName())))
            .add(
                "activityEndDate",
                c.getCompletedOn()
                    .atStartOfDay()
                    .atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
            .add("creditsEarned", c.getCpdTotal().doubleValue())
            .add("achievement", achievement);
    if (c.getStartedOn() != null) {
      subject.add(
          "activityStartDate",
          c.getStartedOn()
              .atStartOfDay()
              .atOffset(ZoneOffset.UTC)
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    JsonObjectBuilder vc =
        VcJwt.JSON
            .createObjectBuilder()
            .add("@context", VcJwt.JSON.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
            .add("id", certificates.verifyUrl(c.getId()))
            .add(
                "type",
                VcJwt.JSON
                    .createArrayBuilder()
                    .add("VerifiableCredential")
                    .add("OpenBadgeCredential"))
            .add(
                "issuer",
                VcJwt.JSON
                    .createObjectBuilder()
                    .add("id", issuerId())
                    .add("type", VcJwt.JSON.createArrayBuilder().add("Profile"))
                    .add("name", p.name()))
            .add("validFrom", iso(c))
            .add("name", c.getTitle())
            .add("credentialSubject", subject);
    if (c.getExpiresOn() != null) {
      vc.add(
          "validUntil",
          c.getExpiresOn()
              .plusDays(1)
              .atStartOfDay()
              .atOffset(ZoneOffset.UTC)
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    // JWT claims alongside the credential (Open Badges 3.0, VC-JWT)
    vc.add("iss", issuerId())
        .add("jti", certificates.verifyUrl(c.getId()))
        .add("nbf", c.getIssuedAt().toEpochSecond());
    if (c.getExpiresOn() != null) {
      vc.add("exp", c.getExpiresOn().plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
    }
    return vc.build();
  }

  /** The credential signed with the issuer's key, as a compact VC-JWT. */
  public String signed(Certificate c) {
    return VcJwt.sign(credential(c), keys.pair().getPrivate(), keyId());
  }

  /**
   * Checks a credential: its signature against the issuer's key, then the certificate it names
   * (which must exist, be this issuer's, and match what the credential says).
   */
  public Verification verify(String jwt) {
    Optional<JsonObject> payload = VcJwt.verify(jwt, keys.pair().getPublic());
    if (payload.isEmpty()) {
      JsonObject claimed = VcJwt.peek(jwt == null ? "" : jwt).orElse(null);
      return new Verification(false, null, idOf(claimed), null, null, List.of());
    }
    String id = idOf(payload.get());
    Certificate c = id == null ? null : certificates.find(id).orElse(null);
    if (c == null) {
      return new Verification(true, null, id, null, null, List.of());
    }
    return new Verification(
        true,
        certificates.standing(c),
        c.getId(),
        c.getHolderName(),
        c.getTitle(),
        mismatched(payload.get(), credential(c)));
  }

  private String idOf(JsonObject credential) {
    if (credential == null) {
      return null;
    }
    String id = credential.getString("id", "");
    String prefix = base() + "/verify/";
    return id.startsWith(prefix) ? id.substring(prefix.length()) : null;
  }

  private static String iso(Certificate c) {
    return c.getIssuedAt()
        .withOffsetSameInstant(ZoneOffset.UTC)
        .withNano(0)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String achievementType(Certificate c) {
    return switch (c.getKind()) {
      case COURSE -> "CertificateOfCompletion";
      case EVENT -> "Achievement";
      case STAGE -> "Certificate";
    };
  }

  private static String narrative(Certificate c) {
    return switch (c.getKind()) {
      case COURSE -> "Complete every required module of the course, passing its quizzes.";
      case EVENT -> "Attend the event's sessions, as recorded by its organiser.";
      case STAGE -> "Meet every requirement of the career pathway stage.";
    };
  }

  /** The achievement's own part of its key: kind and subject, without the holder's details. */
  private static String achievementSlug(Certificate c) {
    String[] parts = c.getAchievement().split(":");
    return parts.length >= 2 ? parts[0] + "/" + parts[1] : c.getKind().name().toLowerCase();
  }
}
