package org.ccioacademy.certificates.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccioacademy.certificates.Certificate;
import org.ccioacademy.certificates.Certificates;
import org.ccioacademy.identity.CurrentUser;

/** "My certificates": a trainee's certificates, newest first, to download or share. */
@Named
@RequestScoped
public class MyCertificatesView {

  @Inject Certificates certificates;
  @Inject CurrentUser currentUser;

  private List<Certificate> mine;

  public void load() {
    mine = certificates.of(currentUser.id());
  }

  public List<Certificate> getMine() {
    return mine;
  }

  public Certificate.Standing standing(Certificate c) {
    return certificates.standing(c);
  }

  public String verifyUrl(Certificate c) {
    return certificates.verifyUrl(c.getId());
  }
}
