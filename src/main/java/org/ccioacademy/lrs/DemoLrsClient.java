package org.ccioacademy.lrs;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: one LRS client with full scope (key {@code demo-lrs}, the demo password as its
 * secret), printed at start-up, so anyone can point an xAPI tool or the conformance tests at the
 * demo's {@code /xapi}.
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLrsClient {

  private static final Logger LOG = Logger.getLogger(DemoLrsClient.class.getName());
  static final String KEY = "demo-lrs";

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "ccio.demo.password", defaultValue = "ccio-demo-2026")
  String secret;

  @Inject LrsClients clients;

  @PostConstruct
  void create() {
    if (!demo) {
      return;
    }
    clients.ensure("Demo LRS client", KEY, secret);
    LOG.info(
        "Demo LRS: "
            + clients.homePage()
            + " with HTTP Basic key "
            + KEY
            + " and secret "
            + secret
            + " (read and write)");
  }
}
