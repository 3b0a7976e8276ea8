package org.ccioacademy.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.ccioacademy.platform.web.PublicUrl;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on with OpenID Connect, the authorisation code flow: {@link #begin} sends the browser
 * to the provider with a fresh {@code state}, {@code nonce} and PKCE challenge (S256), kept in the
 * browser's session ({@link SsoPending}); {@link #finish} takes the provider's answer for a state
 * this session is waiting for, once, exchanges the code (with the verifier and, when configured,
 * the client secret) for tokens at the provider's token endpoint, and checks the ID token: its
 * signature against the provider's published keys, its issuer, audience, expiry and nonce (Nimbus
 * {@code IDTokenValidator}). Then {@link ExternalIdentities} finds or makes the account.
 */
@ApplicationScoped
public class SingleSignOn {

  private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

  @Inject OidcProviders providers;
  @Inject ExternalIdentities identities;
  @Inject PublicUrl publicUrl;

  /** How long the provider's answer may take to come back: the person is signing in there. */
  @Inject
  @ConfigProperty(name = "ccio.sso.answer-minutes", defaultValue = "10")
  int answerMinutes;

  /**
   * Whether the callback address is built from the address the browser used rather than {@code
   * ccio.public-url}: for development and tests on a port not known in advance.
   */
  @Inject
  @ConfigProperty(name = "ccio.sso.callback-from-request", defaultValue = "false")
  boolean callbackFromRequest;

  /** A single sign-on that signed someone in or linked a provider account. */
  public record Finished(
      OidcProvider provider, ExternalIdentities.Outcome outcome, String idToken, boolean mfa) {}

  /**
   * The provider's address to send the browser to, the sign-in now waiting in {@code pending}.
   *
   * @param linkTo the signed-in account to link the provider account to, or null to sign in
   * @throws SsoRefusedException ({@link SsoRefusal#UNAVAILABLE}) when the provider cannot be
   *     reached
   */
  public URI begin(
      OidcProvider provider, SsoPending pending, Long linkTo, HttpServletRequest request) {
    OidcProvider.Discovered discovered = discovered(provider);
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    pending.add(
        new SsoPending.Started(
            state.getValue(),
            provider.getId(),
            nonce.getValue(),
            verifier.getValue(),
            linkTo,
            Instant.now()));
    AuthenticationRequest.Builder authentication =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                provider.scopes(),
                provider.clientId(),
                callback(request))
            .endpointURI(discovered.metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256);
    return authentication.build().toURI();
  }

  /**
   * Checks the provider's answer to a sign-in this session began, and signs in or links.
   *
   * @throws SsoRefusedException when the answer is not accepted, and why
   */
  public Finished finish(SsoPending.Started started, String code, HttpServletRequest request) {
    OidcProvider provider =
        providers
            .find(started.providerId())
            .orElseThrow(
                () ->
                    new SsoRefusedException(
                        SsoRefusal.UNAVAILABLE, started.providerId() + " is no longer configured"));
    if (code == null || code.isBlank()) {
      throw new SsoRefusedException(SsoRefusal.UNAVAILABLE, "an answer without a code");
    }
    OidcProvider.Discovered discovered = discovered(provider);
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code),
            callback(request),
            new CodeVerifier(started.codeVerifier()));
    ClientAuthentication client = provider.clientAuthentication(discovered.metadata());
    URI tokenEndpoint = discovered.metadata().getTokenEndpointURI();
    TokenRequest tokenRequest =
        client == null
            ? new TokenRequest(tokenEndpoint, provider.clientId(), grant)
            : new TokenRequest(tokenEndpoint, client, grant);
    OIDCTokenResponse tokens = tokens(provider, tokenRequest);
    JWT idToken = tokens.getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new SsoRefusedException(SsoRefusal.BAD_TOKEN, provider + " sent no ID token");
    }
    IDTokenClaimsSet claims;
    try {
      claims = discovered.validator().validate(idToken, new Nonce(started.nonce()));
    } catch (BadJOSEException e) {
      throw new SsoRefusedException(
          SsoRefusal.of(e), provider + " ID token refused: " + e.getMessage(), e);
    } catch (JOSEException e) {
      throw new SsoRefusedException(
          SsoRefusal.BAD_TOKEN, provider + " ID token not checked: " + e.getMessage(), e);
    }
    SsoClaims person = SsoClaims.read(claims, provider);
    ExternalIdentities.Outcome outcome =
        identities.signIn(provider, person, started.linkAccountId());
    return new Finished(provider, outcome, tokens.getOIDCTokens().getIDTokenString(), person.mfa());
  }

  private OIDCTokenResponse tokens(OidcProvider provider, TokenRequest tokenRequest) {
    TokenResponse response;
    try {
      HTTPRequest http = tokenRequest.toHTTPRequest();
      http.setConnectTimeout(provider.timeoutMillis());
      http.setReadTimeout(provider.timeoutMillis());
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw new SsoRefusedException(
          SsoRefusal.UNAVAILABLE, provider + " token request failed: " + e.getMessage(), e);
    }
    if (!response.indicatesSuccess()) {
      TokenErrorResponse error = response.toErrorResponse();
      throw new SsoRefusedException(
          SsoRefusal.UNAVAILABLE,
          provider
              + " refused the code: "
              + error.getErrorObject().getCode()
              + " "
              + error.getErrorObject().getDescription());
    }
    return (OIDCTokenResponse) response.toSuccessResponse();
  }

  private static OidcProvider.Discovered discovered(OidcProvider provider) {
    try {
      return provider.discovered();
    } catch (IOException e) {
      LOG.warning(e.getMessage());
      throw new SsoRefusedException(SsoRefusal.UNAVAILABLE, e.getMessage(), e);
    }
  }

  /**
   * Where the provider sends the browser back; register exactly this address with the provider
   * ({@code <ccio.public-url>/sso/callback}).
   */
  URI callback(HttpServletRequest request) {
    if (!callbackFromRequest || request == null) {
      return URI.create(publicUrl.link("/sso/callback"));
    }
    String url = request.getRequestURL().toString();
    String base = url.substring(0, url.length() - request.getRequestURI().length());
    return URI.create(base + request.getContextPath() + "/sso/callback");
  }

  /** How long a started sign-in waits for the provider's answer. */
  public Duration answerTime() {
    return Duration.ofMinutes(answerMinutes);
  }

  /**
   * Where to send the browser after signing out here, to sign out at the provider too (OpenID
   * Connect RP-Initiated Logout): when the provider offers it and it is not turned off.
   */
  public Optional<URI> providerSignOut(
      String providerId, String idToken, HttpServletRequest request) {
    Optional<OidcProvider> provider = providers.find(providerId);
    if (provider.isEmpty() || idToken == null) {
      return Optional.empty();
    }
    return provider
        .get()
        .endSessionEndpoint()
        .map(
            endpoint -> {
              URI back =
                  URI.create(
                      callback(request)
                          .toString()
                          .replace("/sso/callback", "/sign-in.xhtml?signedOut=true"));
              return new LogoutRequest(
                      endpoint, hint(idToken), null, provider.get().clientId(), back, null, null)
                  .toURI();
            });
  }

  /**
   * The ID token as the provider's sign-out hint; null if it cannot be read (then none is sent).
   */
  private static JWT hint(String idToken) {
    try {
      return JWTParser.parse(idToken);
    } catch (java.text.ParseException unreadable) { // the name ParseException is Nimbus's here
      return null;
    }
  }
}
