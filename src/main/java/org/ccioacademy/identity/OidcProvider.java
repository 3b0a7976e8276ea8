package org.ccioacademy.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * One OpenID Connect provider people may sign in with, as configured under {@code ccio.sso.<id>.*}:
 * its issuer, our client id and secret there, the scopes asked for, the label on its button, the
 * email domains it is authoritative for, whether its own multi-factor sign-in is trusted, and
 * whether signing out here also signs out there. Its discovery document (endpoints, keys) is
 * fetched when first needed and again after an hour; its keys are cached and fetched again when a
 * token names a key not yet seen (key rotation).
 */
public final class OidcProvider {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
  private static final Duration DISCOVERY_LIFETIME = Duration.ofHours(1);

  private final String id;
  private final String label;
  private final Issuer issuer;
  private final ClientID clientId;
  private final Secret clientSecret;
  private final Scope scopes;
  private final Set<String> domains;
  private final boolean trustMfa;
  private final boolean signOut;
  private final int timeoutMillis;

  private volatile Discovered discovered;

  /** The provider's discovery document with the checker of its ID tokens, as fetched at a time. */
  record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant fetchedAt) {}

  OidcProvider(
      String id,
      String label,
      String issuer,
      String clientId,
      String clientSecret,
      String scopes,
      List<String> domains,
      boolean trustMfa,
      boolean signOut,
      Duration timeout) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "ccio.sso.providers: \""
              + id
              + "\" is not a usable provider id (lower-case letters, digits and dashes, up to 40)");
    }
    this.id = id;
    this.label = required(id, "label", label);
    URI issuerUri;
    try {
      issuerUri = new URI(required(id, "issuer", issuer));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key(id, "issuer") + " is not an address: " + issuer);
    }
    if (!issuerUri.isAbsolute() || issuerUri.getHost() == null) {
      throw new IllegalArgumentException(key(id, "issuer") + " is not an address: " + issuer);
    }
    this.issuer = new Issuer(issuerUri);
    this.clientId = new ClientID(required(id, "client-id", clientId));
    this.clientSecret =
        clientSecret == null || clientSecret.isBlank() ? null : new Secret(clientSecret.strip());
    Set<String> scopeSet = new LinkedHashSet<>();
    scopeSet.add("openid");
    if (scopes != null) {
      Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isBlank()).forEach(scopeSet::add);
    }
    this.scopes = new Scope(scopeSet.toArray(String[]::new));
    Set<String> domainSet = new LinkedHashSet<>();
    for (String domain : domains) {
      String d = domain.strip().toLowerCase(Locale.ROOT);
      if (d.startsWith("@")) {
        d = d.substring(1);
      }
      if (!DOMAIN.matcher(d).matches()) {
        throw new IllegalArgumentException(
            key(id, "domains") + ": \"" + domain + "\" is not an email domain such as nhs.net");
      }
      domainSet.add(d);
    }
    this.domains = Set.copyOf(domainSet);
    this.trustMfa = trustMfa;
    this.signOut = signOut;
    this.timeoutMillis = (int) Math.max(1000, timeout.toMillis());
  }

  /** The provider configured under {@code ccio.sso.<id>.*}. */
  static OidcProvider fromConfig(Config config, String id, Duration timeout) {
    return new OidcProvider(
        id,
        config.getOptionalValue(key(id, "label"), String.class).orElse(null),
        config.getOptionalValue(key(id, "issuer"), String.class).orElse(null),
        config.getOptionalValue(key(id, "client-id"), String.class).orElse(null),
        config.getOptionalValue(key(id, "client-secret"), String.class).orElse(null),
        config.getOptionalValue(key(id, "scopes"), String.class).orElse("openid email profile"),
        config.getOptionalValues(key(id, "domains"), String.class).orElse(List.of()),
        config.getOptionalValue(key(id, "trust-mfa"), Boolean.class).orElse(false),
        config.getOptionalValue(key(id, "sign-out"), Boolean.class).orElse(true),
        timeout);
  }

  private static String key(String id, String name) {
    return "ccio.sso." + id + "." + name;
  }

  private static String required(String id, String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key(id, name) + " is not set");
    }
    return value.strip();
  }

  /**
   * The discovery document and ID token checker, fetched now if not yet fetched or over an hour
   * old. When a refetch fails the previous document is kept.
   *
   * @throws IOException when the provider cannot be reached and nothing was fetched before
   */
  Discovered discovered() throws IOException {
    Discovered current = discovered;
    if (current != null && current.fetchedAt().plus(DISCOVERY_LIFETIME).isAfter(Instant.now())) {
      return current;
    }
    synchronized (this) {
      current = discovered;
      if (current != null && current.fetchedAt().plus(DISCOVERY_LIFETIME).isAfter(Instant.now())) {
        return current;
      }
      try {
        discovered = discover();
        return discovered;
      } catch (IOException | GeneralException | RuntimeException e) {
        if (current != null) {
          return current;
        }
        throw new IOException(
            "Discovery of "
                + issuer
                + " failed: "
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage(),
            e);
      }
    }
  }

  private Discovered discover() throws IOException, GeneralException {
    // checks that the document names this issuer, as OpenID Connect Discovery 1.0 section 4.3 says
    OIDCProviderMetadata metadata =
        OIDCProviderMetadata.resolve(issuer, timeoutMillis, timeoutMillis);
    if (metadata.getAuthorizationEndpointURI() == null
        || metadata.getTokenEndpointURI() == null
        || metadata.getJWKSetURI() == null) {
      throw new GeneralException(
          "the discovery document lacks an authorization, token or jwks_uri endpoint");
    }
    JWKSource<SecurityContext> keys =
        JWKSourceBuilder.create(
                metadata.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(timeoutMillis, timeoutMillis, 512 * 1024))
            .build();
    Set<JWSAlgorithm> algorithms =
        metadata.getIDTokenJWSAlgs() == null || metadata.getIDTokenJWSAlgs().isEmpty()
            ? Set.of(JWSAlgorithm.RS256)
            : metadata.getIDTokenJWSAlgs().stream()
                .filter(a -> !a.getName().startsWith("HS") && !"none".equals(a.getName()))
                .collect(Collectors.toSet());
    IDTokenValidator validator =
        new IDTokenValidator(
            metadata.getIssuer(),
            clientId,
            new JWSVerificationKeySelector<>(algorithms, keys),
            null);
    return new Discovered(metadata, validator, Instant.now());
  }

  /**
   * How we prove to the token endpoint that we are the client: with the secret, if there is one.
   */
  ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
    if (clientSecret == null) {
      return null;
    }
    boolean postOnly =
        metadata.getTokenEndpointAuthMethods() != null
            && metadata.getTokenEndpointAuthMethods().stream()
                .noneMatch(m -> "client_secret_basic".equals(m.getValue()))
            && metadata.getTokenEndpointAuthMethods().stream()
                .anyMatch(m -> "client_secret_post".equals(m.getValue()));
    return postOnly
        ? new ClientSecretPost(clientId, clientSecret)
        : new ClientSecretBasic(clientId, clientSecret);
  }

  /** Whether this provider vouches for addresses in this email domain. */
  public boolean serves(String emailDomain) {
    return emailDomain != null && domains.contains(emailDomain.toLowerCase(Locale.ROOT));
  }

  /** The provider's sign-out address, when signing out here should also sign out there. */
  Optional<URI> endSessionEndpoint() {
    Discovered current = discovered;
    return signOut && current != null
        ? Optional.ofNullable(current.metadata().getEndSessionEndpointURI())
        : Optional.empty();
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public Issuer issuer() {
    return issuer;
  }

  public ClientID clientId() {
    return clientId;
  }

  public Scope scopes() {
    return scopes;
  }

  public Set<String> getDomains() {
    return domains;
  }

  public boolean trustsMfa() {
    return trustMfa;
  }

  int timeoutMillis() {
    return timeoutMillis;
  }

  @Override
  public String toString() {
    return id + " (" + issuer + ")";
  }
}
