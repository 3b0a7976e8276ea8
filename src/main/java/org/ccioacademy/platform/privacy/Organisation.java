package org.ccioacademy.platform.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation that runs this service and is the controller of the personal data in it, as the
 * public pages (privacy notice, accessibility statement, terms, contact) name it: set in
 * configuration ({@code ccio.organisation.*}, {@code ccio.accessibility.*}) by whoever runs it.
 */
@ApplicationScoped
@Named
public class Organisation {

  @Inject
  @ConfigProperty(name = "ccio.organisation.name", defaultValue = "CCIO Academy")
  String name;

  @Inject
  @ConfigProperty(name = "ccio.organisation.address")
  Optional<String> addressSetting;

  private String address;

  @Inject
  @ConfigProperty(name = "ccio.organisation.email", defaultValue = "help@ccio.academy")
  String email;

  @Inject
  @ConfigProperty(name = "ccio.organisation.phone")
  Optional<String> phoneSetting;

  private String phone;

  @Inject
  @ConfigProperty(name = "ccio.organisation.dpo-email")
  Optional<String> dpoEmailSetting;

  private String dpoEmail;

  @Inject
  @ConfigProperty(name = "ccio.organisation.ico-registration")
  Optional<String> icoRegistrationSetting;

  private String icoRegistration;

  @Inject
  @ConfigProperty(name = "ccio.organisation.data-location", defaultValue = "the United Kingdom")
  String dataLocation;

  @Inject
  @ConfigProperty(name = "ccio.accessibility.prepared-on", defaultValue = "2026-12-06")
  LocalDate accessibilityPreparedOn;

  @Inject
  @ConfigProperty(name = "ccio.accessibility.reviewed-on", defaultValue = "2026-12-06")
  LocalDate accessibilityReviewedOn;

  private List<String> addressLines;

  @PostConstruct
  void read() {
    address = addressSetting.orElse("").strip();
    phone = phoneSetting.orElse("").strip();
    dpoEmail = dpoEmailSetting.orElse("").strip();
    icoRegistration = icoRegistrationSetting.orElse("").strip();
    addressLines =
        address.isBlank()
            ? List.of()
            : Arrays.stream(address.split(",")).map(String::strip).toList();
    if (dpoEmail.isBlank()) {
      dpoEmail = email;
    }
  }

  public String getName() {
    return name;
  }

  /** The postal address, one line per comma of the setting; empty when not given. */
  public List<String> getAddressLines() {
    return addressLines;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  /** The data protection officer's address; the service's own when none is set. */
  public String getDpoEmail() {
    return dpoEmail;
  }

  public String getIcoRegistration() {
    return icoRegistration;
  }

  /** Where the data is kept, as a sentence names it: "the United Kingdom". */
  public String getDataLocation() {
    return dataLocation;
  }

  public LocalDate getAccessibilityPreparedOn() {
    return accessibilityPreparedOn;
  }

  public LocalDate getAccessibilityReviewedOn() {
    return accessibilityReviewedOn;
  }
}
