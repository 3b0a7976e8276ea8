package org.ccioacademy.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ccioacademy.catalogue.format.FrameworkDefinition;

/**
 * A domain of a competency framework, referred to by courses as {@code framework:domain}. A domain
 * removed from its file is kept, retired, because older course versions still refer to it.
 */
@Entity
@Table(name = "competency_domain")
public class CompetencyDomain {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id")
  private CompetencyFramework framework;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @Column(name = "domain_key", nullable = false, length = 125, updatable = false)
  private String domainKey;

  @Column(length = 10)
  private String number;

  @Column(nullable = false, length = 200)
  private String title;

  private String description;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean retired;

  protected CompetencyDomain() {}

  CompetencyDomain(CompetencyFramework framework, FrameworkDefinition.Domain d, int position) {
    this.framework = framework;
    this.code = d.id();
    this.domainKey = framework.getCode() + ":" + d.id();
    update(d, position);
  }

  void update(FrameworkDefinition.Domain d, int position) {
    this.number = d.number();
    this.title = d.title();
    this.description = d.description();
    this.position = position;
    this.retired = false;
  }

  void retire() {
    retired = true;
  }

  /** The title with the framework's number when it has one: "3 Working with data". */
  public String getLabel() {
    return number == null ? title : number + " " + title;
  }

  public Long getId() {
    return id;
  }

  public CompetencyFramework getFramework() {
    return framework;
  }

  public String getCode() {
    return code;
  }

  public String getDomainKey() {
    return domainKey;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public int getPosition() {
    return position;
  }

  public boolean isRetired() {
    return retired;
  }
}
