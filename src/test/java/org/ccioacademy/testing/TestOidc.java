package org.ccioacademy.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.ccioacademy.testing.WebClient.Page;

/**
 * A real OpenID Connect provider for the single sign-on tests: mock-oauth2-server in the test JVM,
 * one server with an issuer per provider the application is configured with ({@link #settings}).
 * Each issuer has its own signing key, published at its {@code jwks_uri}; the issuer {@value
 * #FORGED} signs its tokens with a key other than the one it publishes, so its tokens carry a wrong
 * signature.
 *
 * <p>What the next token of an issuer says about the person is queued with {@link #next}; the
 * authorisation endpoint answers at once (no login form), as a provider does for a person already
 * signed in there.
 */
public final class TestOidc {

  /** The client id the application is registered with at every issuer. */
  public static final String CLIENT_ID = "ccio-academy";

  /** The issuer whose tokens are signed with a key it does not publish. */
  public static final String FORGED = "forged";

  private static MockOAuth2Server server;

  private TestOidc() {}

  /** Starts the provider (once per JVM) and returns it. */
  public static synchronized MockOAuth2Server start() {
    if (server == null) {
      OAuth2Config config =
          new OAuth2Config(
              false,
              null,
              null,
              false,
              new OAuth2TokenProvider(new ForgingKeyProvider(), (Instant) null),
              Set.of(),
              new MockWebServerWrapper());
      MockOAuth2Server started = new MockOAuth2Server(config);
      started.start();
      server = started;
    }
    return server;
  }

  /** An issuer's address, as the application is configured with it. */
  public static String issuer(String issuerId) {
    return start().issuerUrl(issuerId).toString().replaceAll("/$", "");
  }

  /**
   * Application settings for providers at this server: {@code nhsmail} (label NHSmail,
   * authoritative for nhs.net, multi-factor trusted, with a client secret), {@code athens}
   * (OpenAthens: no domains, a public client) and {@value #FORGED}.
   */
  public static String settings() {
    return "ccio.sso.providers=nhsmail,athens,"
        + FORGED
        + "\nccio.sso.callback-from-request=true"
        + "\nccio.sso.nhsmail.label=NHSmail"
        + "\nccio.sso.nhsmail.issuer="
        + issuer("nhsmail")
        + "\nccio.sso.nhsmail.client-id="
        + CLIENT_ID
        + "\nccio.sso.nhsmail.client-secret=test-client-secret"
        + "\nccio.sso.nhsmail.domains=nhs.net"
        + "\nccio.sso.nhsmail.trust-mfa=true"
        + "\nccio.sso.athens.label=OpenAthens"
        + "\nccio.sso.athens.issuer="
        + issuer("athens")
        + "\nccio.sso.athens.client-id="
        + CLIENT_ID
        + "\nccio.sso."
        + FORGED
        + ".label=Forged"
        + "\nccio.sso."
        + FORGED
        + ".issuer="
        + issuer(FORGED)
        + "\nccio.sso."
        + FORGED
        + ".client-id="
        + CLIENT_ID
        + "\n";
  }

  /** What the issuer's next ID token says: for this application, lasting an hour. */
  public static void next(String issuerId, String subject, Map<String, Object> claims) {
    next(issuerId, subject, claims, List.of(CLIENT_ID), 3600);
  }

  /** The issuer's next ID token, for {@code audience}, expiring {@code expirySeconds} from now. */
  public static void next(
      String issuerId,
      String subject,
      Map<String, Object> claims,
      List<String> audience,
      long expirySeconds) {
    Map<String, Object> all = new HashMap<>(claims);
    // the server makes an ID token's audience the client that asked; a claim given overrides it
    if (!audience.equals(List.of(CLIENT_ID))) {
      all.put("aud", audience);
    }
    start()
        .enqueueCallback(
            new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", audience, all, expirySeconds));
  }

  /**
   * Presses "Sign in with ..." in {@code web}'s session and follows the browser's way through the
   * provider and back: returns the application's answer to the provider's callback (a redirect).
   */
  public static Page signIn(WebClient web, String providerId) {
    return through(web, web.get("sso/start?provider=" + providerId));
  }

  /** Links a provider account to the signed-in person's, from their sign-in methods page. */
  public static Page link(WebClient web, String providerId) {
    return through(web, web.get("sso/start?provider=" + providerId + "&link=true"));
  }

  /** From the application's redirect to the provider, to the application's answer to its reply. */
  public static Page through(WebClient web, Page toProvider) {
    if (toProvider.status() != 302 || !toProvider.location().startsWith(issuer(""))) {
      throw new AssertionError(
          "Not sent to the provider: " + toProvider.status() + " " + toProvider.location());
    }
    return web.get(callback(web, toProvider));
  }

  /**
   * The provider's reply to the authorisation request: the callback address with code and state.
   */
  public static String callback(WebClient web, Page toProvider) {
    Page reply = web.get(toProvider.location());
    if (reply.status() != 302) {
      throw new AssertionError("The provider answered " + reply.status() + ": " + reply.body());
    }
    return reply.location();
  }

  /**
   * Publishes one key for {@value #FORGED} and signs its tokens with another of the same key id; a
   * key per issuer otherwise. (The server asks for an issuer's key both to publish it and to sign
   * with it: which is which is told by whether the key set is being published.)
   */
  private static final class ForgingKeyProvider extends KeyProvider {
    private final RSAKey published;
    private final RSAKey signing;

    ForgingKeyProvider() {
      super();
      try {
        published = new RSAKeyGenerator(2048).keyID(FORGED).generate();
        signing = new RSAKeyGenerator(2048).keyID(FORGED).generate();
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public JWK signingKey(String keyId) {
      if (!FORGED.equals(keyId)) {
        return super.signingKey(keyId);
      }
      boolean publishing =
          StackWalker.getInstance()
              .walk(frames -> frames.anyMatch(f -> f.getMethodName().equals("publicJwkSet")));
      return publishing ? published : signing;
    }
  }
}
