package org.ccioacademy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The single sign-on providers in configuration: {@code ccio.sso.providers} lists their ids, in the
 * order their buttons appear, and each is described under {@code ccio.sso.<id>.*}
 * (docs/configuration.md). A provider described wrongly is left out, with the reason in the log, so
 * the rest of the site still starts.
 */
@ApplicationScoped
public class OidcProviders {

  private static final Logger LOG = Logger.getLogger(OidcProviders.class.getName());

  @Inject Config config;

  private List<OidcProvider> providers = List.of();

  @PostConstruct
  void load() {
    Duration timeout =
        Duration.ofSeconds(
            config.getOptionalValue("ccio.sso.timeout-seconds", Integer.class).orElse(10));
    List<OidcProvider> loaded = new ArrayList<>();
    for (String id :
        config.getOptionalValues("ccio.sso.providers", String.class).orElse(List.of())) {
      String trimmed = id.strip();
      if (trimmed.isEmpty() || "none".equals(trimmed)) {
        continue;
      }
      try {
        loaded.add(OidcProvider.fromConfig(config, trimmed, timeout));
        LOG.info("Single sign-on provider " + trimmed + " configured");
      } catch (IllegalArgumentException e) {
        LOG.log(
            Level.SEVERE, "Single sign-on provider " + trimmed + " left out: " + e.getMessage());
      }
    }
    providers = List.copyOf(loaded);
  }

  /** Every usable provider, in the configured order. */
  public List<OidcProvider> all() {
    return providers;
  }

  public Optional<OidcProvider> find(String id) {
    return providers.stream().filter(p -> p.getId().equals(id)).findFirst();
  }

  /** The provider authoritative for an email address's domain, if one is. */
  public Optional<OidcProvider> servingAddress(String email) {
    String domain = EmailAddress.domain(email);
    return providers.stream().filter(p -> p.serves(domain)).findFirst();
  }

  /** Every email domain some provider serves, in lower case. */
  public List<String> domains() {
    return providers.stream()
        .flatMap(p -> p.getDomains().stream())
        .map(d -> d.toLowerCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}
