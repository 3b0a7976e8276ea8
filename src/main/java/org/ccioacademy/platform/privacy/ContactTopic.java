package org.ccioacademy.platform.privacy;

/** What a message sent with the contact form is about, which decides who reads it. */
public enum ContactTopic {
  QUESTION("A question about a course, an event or a certificate"),
  PROBLEM("Something on the site does not work"),
  ACCESSIBILITY("An accessibility problem, or a document in another format"),
  DATA_PROTECTION("My personal data: a copy of it, a correction, or its erasure");

  private final String label;

  ContactTopic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the data protection officer, rather than the service's team, reads it. */
  public boolean forDataProtectionOfficer() {
    return this == DATA_PROTECTION;
  }
}
