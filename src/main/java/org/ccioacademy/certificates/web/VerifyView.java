package org.ccioacademy.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.certificates.Certificate;
import org.ccioacademy.certificates.Certificates;

/**
 * The public verification page: anyone with a certificate's id sees whether it is valid, revoked
 * (and when) or expired, with the holder's name and the title, and nothing else personal.
 */
@Named
@RequestScoped
public class VerifyView {

  @Inject Certificates certificates;

  private String id;
  private Certificate certificate;
  private Certificate.Standing standing;

  public void load() {
    certificate = id == null ? null : certificates.find(id).orElse(null);
    standing = certificate == null ? null : certificates.standing(certificate);
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public Certificate.Standing getStanding() {
    return standing;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
