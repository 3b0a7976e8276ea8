package org.ccioacademy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How an ID token is checked and read: each fault the library finds becomes the right plain reason
 * ({@link SsoRefusal#of}), and the claims are believed only as {@link SsoClaims} says. Real tokens,
 * signed with real keys, through the library's own checker.
 */
class SsoTokenCheckTest {

  private static final String ISSUER = "https://login.example.nhs.uk/tenant/v2.0";
  private static final String CLIENT = "ccio-academy";
  private static RSAKey key;
  private static RSAKey otherKey;
  private static IDTokenValidator validator;

  @BeforeAll
  static void keys() throws JOSEException {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
    validator =
        new IDTokenValidator(
            new Issuer(ISSUER),
            new ClientID(CLIENT),
            new JWSVerificationKeySelector<>(
                JWSAlgorithm.RS256, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()))),
            null);
  }

  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("subject-1")
        .audience(CLIENT)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .claim("nonce", "n-1");
  }

  private static SignedJWT signed(JWTClaimsSet claims, RSAKey with) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims);
    jwt.sign(new RSASSASigner(with));
    return jwt;
  }

  private static SsoRefusal refusal(JWTClaimsSet claims, RSAKey with) throws JOSEException {
    SignedJWT token = signed(claims, with);
    try {
      validator.validate(token, new Nonce("n-1"));
    } catch (BadJOSEException e) {
      return SsoRefusal.of(e);
    }
    throw new AssertionError("accepted");
  }

  @Test
  void aGoodTokenPasses() throws Exception {
    IDTokenClaimsSet checked = validator.validate(signed(claims().build(), key), new Nonce("n-1"));
    assertThat(checked.getSubject().getValue()).isEqualTo("subject-1");
  }

  @Test
  void eachFaultHasItsOwnReason() throws Exception {
    assertThat(refusal(claims().build(), otherKey)).isEqualTo(SsoRefusal.BAD_SIGNATURE);
    assertThat(refusal(claims().audience("someone-else").build(), key))
        .isEqualTo(SsoRefusal.WRONG_AUDIENCE);
    Instant past = Instant.now().minus(Duration.ofHours(2));
    assertThat(
            refusal(
                claims()
                    .issueTime(Date.from(past))
                    .expirationTime(Date.from(past.plus(Duration.ofMinutes(10))))
                    .build(),
                key))
        .isEqualTo(SsoRefusal.TOKEN_EXPIRED);
    assertThat(refusal(claims().issuer("https://evil.example").build(), key))
        .isEqualTo(SsoRefusal.BAD_TOKEN);
    assertThat(refusal(claims().claim("nonce", "replayed").build(), key))
        .isEqualTo(SsoRefusal.BAD_TOKEN);
  }

  @Test
  void reasonsTravelInThePageAddressByNameOnly() {
    for (SsoRefusal r : SsoRefusal.values()) {
      assertThat(SsoRefusal.named(r.urlName())).isEqualTo(r);
      assertThat(r.message("NHSmail")).doesNotContain("%s");
    }
    assertThat(SsoRefusal.named("<script>")).isNull();
    assertThat(SsoRefusal.named(null)).isNull();
  }

  private static OidcProvider provider(List<String> domains) {
    return new OidcProvider(
        "nhsmail",
        "NHSmail",
        ISSUER,
        CLIENT,
        null,
        "email profile",
        domains,
        true,
        true,
        Duration.ofSeconds(5));
  }

  private static SsoClaims read(Map<String, Object> extra, OidcProvider provider) throws Exception {
    JWTClaimsSet.Builder b = claims();
    extra.forEach(b::claim);
    return SsoClaims.read(new IDTokenClaimsSet(b.build()), provider);
  }

  @Test
  void anAddressIsBelievedOnlyWhenVerifiedOrInTheProvidersOwnDomain() throws Exception {
    OidcProvider nhsmail = provider(List.of("nhs.net"));
    assertThat(read(Map.of("email", "A.B@NHS.net"), nhsmail).trustedEmail())
        .isEqualTo("a.b@nhs.net");
    assertThat(read(Map.of("email", "a@gmail.com"), nhsmail).trustedEmail()).isNull();
    assertThat(read(Map.of("email", "a@gmail.com"), nhsmail).email()).isEqualTo("a@gmail.com");
    assertThat(read(Map.of("email", "a@gmail.com", "email_verified", true), nhsmail).trustedEmail())
        .isEqualTo("a@gmail.com");
    assertThat(
            read(Map.of("email", "a@gmail.com", "email_verified", "true"), nhsmail).trustedEmail())
        .as("a string is not a verified flag")
        .isNull();
    // Entra ID's sign-in name stands in for a missing email claim, in the provider's own domain
    // only
    assertThat(read(Map.of("preferred_username", "c.d@nhs.net"), nhsmail).trustedEmail())
        .isEqualTo("c.d@nhs.net");
    assertThat(read(Map.of("preferred_username", "c.d@gmail.com"), nhsmail).email()).isNull();
    assertThat(read(Map.of("email", "not an address", "email_verified", true), nhsmail).email())
        .isNull();
  }

  @Test
  void namesAndMultiFactorAreRead() throws Exception {
    OidcProvider nhsmail = provider(List.of("nhs.net"));
    assertThat(read(Map.of("name", "  Nia   Jones "), nhsmail).fullName()).isEqualTo("Nia Jones");
    assertThat(read(Map.of("given_name", "Nia", "family_name", "Jones"), nhsmail).fullName())
        .isEqualTo("Nia Jones");
    SsoClaims nameless = read(Map.of("email", "nia.jones@nhs.net"), nhsmail);
    assertThat(nameless.fullName()).isNull();
    assertThat(nameless.nameForAccount()).isEqualTo("nia jones");
    assertThat(read(Map.of("amr", List.of("pwd", "mfa")), nhsmail).mfa()).isTrue();
    assertThat(read(Map.of("amr", List.of("pwd")), nhsmail).mfa()).isFalse();
    assertThat(read(Map.of(), nhsmail).mfa()).isFalse();
  }

  @Test
  void aProviderDescribedWronglyIsRefusedWithTheSettingNamed() {
    assertThatThrownBy(
            () ->
                new OidcProvider(
                    "NHS mail",
                    "x",
                    ISSUER,
                    CLIENT,
                    null,
                    null,
                    List.of(),
                    false,
                    true,
                    Duration.ZERO))
        .hasMessageContaining("not a usable provider id");
    assertThatThrownBy(
            () ->
                new OidcProvider(
                    "nhsmail",
                    " ",
                    ISSUER,
                    CLIENT,
                    null,
                    null,
                    List.of(),
                    false,
                    true,
                    Duration.ZERO))
        .hasMessageContaining("ccio.sso.nhsmail.label is not set");
    assertThatThrownBy(
            () ->
                new OidcProvider(
                    "nhsmail",
                    "NHSmail",
                    "not a url",
                    CLIENT,
                    null,
                    null,
                    List.of(),
                    false,
                    true,
                    Duration.ZERO))
        .hasMessageContaining("ccio.sso.nhsmail.issuer is not an address");
    assertThatThrownBy(() -> provider(List.of("nhs .net")))
        .hasMessageContaining("ccio.sso.nhsmail.domains");
    OidcProvider ok = provider(List.of("@NHS.net"));
    assertThat(ok.serves("nhs.net")).isTrue();
    assertThat(ok.serves("NHS.NET")).isTrue();
    assertThat(ok.serves("nhs.net.evil.example")).isFalse();
    assertThat(ok.scopes().toStringList()).containsExactly("openid", "email", "profile");
  }

  @Test
  void aStartedSignInIsTakenOnceAndOnlyWhileFresh() {
    SsoPending pending = new SsoPending();
    for (int i = 0; i < SsoPending.MAX + 2; i++) {
      pending.add(new SsoPending.Started("s" + i, "nhsmail", "n", "v", null, Instant.now()));
    }
    assertThat(pending.size()).isEqualTo(SsoPending.MAX);
    assertThat(pending.take("s0", Duration.ofMinutes(10)))
        .as("the oldest were forgotten")
        .isEmpty();
    assertThat(pending.take("s6", Duration.ofMinutes(10))).isPresent();
    assertThat(pending.take("s6", Duration.ofMinutes(10))).as("only once").isEmpty();
    pending.add(
        new SsoPending.Started("old", "nhsmail", "n", "v", null, Instant.now().minusSeconds(700)));
    assertThat(pending.take("old", Duration.ofMinutes(10))).isEmpty();
    assertThat(pending.take(null, Duration.ofMinutes(10))).isEmpty();
  }
}
