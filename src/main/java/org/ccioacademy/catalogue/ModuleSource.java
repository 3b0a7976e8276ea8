package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A public source a module rests on, shown at the end of the module. */
@Embeddable
public class ModuleSource {

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 1000)
  private String url;

  protected ModuleSource() {}

  ModuleSource(String title, String url) {
    this.title = title;
    this.url = url;
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }
}
