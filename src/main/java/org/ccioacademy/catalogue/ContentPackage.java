package org.ccioacademy.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.catalogue.scorm.PackageContents;
import org.ccioacademy.catalogue.scorm.ScormManifest;
import org.ccioacademy.catalogue.scorm.ScormVersion;

/**
 * A SCORM content package as stored: what its manifest says and, in {@code content_package_file},
 * its files. Stored once by the fingerprint of its files and never changed, so every course version
 * that names it plays exactly what it was published with.
 */
@Entity
@Table(name = "content_package")
public class ContentPackage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64, updatable = false)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(name = "scorm_version", nullable = false, length = 20, updatable = false)
  private ScormVersion scormVersion;

  @Column(nullable = false, length = 255, updatable = false)
  private String identifier;

  @Column(nullable = false, length = 500, updatable = false)
  private String title;

  @Column(name = "byte_size", nullable = false, updatable = false)
  private long byteSize;

  @Column(name = "file_count", nullable = false, updatable = false)
  private int fileCount;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private OffsetDateTime storedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "content_package_item", joinColumns = @JoinColumn(name = "package_id"))
  @OrderColumn(name = "position")
  private List<ContentPackageItem> items = new ArrayList<>();

  protected ContentPackage() {}

  ContentPackage(PackageContents c, OffsetDateTime now) {
    ScormManifest m = c.manifest();
    this.sha256 = c.sha256();
    this.scormVersion = m.version();
    this.identifier = truncate(m.identifier(), 255);
    this.title = truncate(m.title(), 500);
    this.byteSize = c.bytes();
    this.fileCount = c.files();
    this.storedAt = now;
    m.items().forEach(i -> items.add(new ContentPackageItem(i)));
  }

  private static String truncate(String s, int max) {
    return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
  }

  /** What the manifest said, as the manifest reader gives it. */
  public ScormManifest toManifest() {
    return new ScormManifest(
        scormVersion, identifier, title, items.stream().map(ContentPackageItem::toItem).toList());
  }

  public Long getId() {
    return id;
  }

  public String getSha256() {
    return sha256;
  }

  public ScormVersion getScormVersion() {
    return scormVersion;
  }

  public String getIdentifier() {
    return identifier;
  }

  public String getTitle() {
    return title;
  }

  public long getByteSize() {
    return byteSize;
  }

  public int getFileCount() {
    return fileCount;
  }

  public OffsetDateTime getStoredAt() {
    return storedAt;
  }

  public List<ContentPackageItem> getItems() {
    return items;
  }
}
