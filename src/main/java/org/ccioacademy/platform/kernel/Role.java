package org.ccioacademy.platform.kernel;

/** What a person may do in CCIO Academy. A person may hold several roles. */
public enum Role {
  TRAINEE("Trainee", "/trainee/home.xhtml"),
  TUTOR("Tutor", "/tutor/home.xhtml"),
  REVIEWER("Reviewer", "/reviewer/home.xhtml"),
  ADMIN("Administrator", "/admin/home.xhtml");

  private final String label;
  private final String homePage;

  Role(String label, String homePage) {
    this.label = label;
    this.homePage = homePage;
  }

  public String label() {
    return label;
  }

  /** The page a person with this role lands on after sign-in. */
  public String homePage() {
    return homePage;
  }

  public String getLabel() {
    return label;
  }
}
