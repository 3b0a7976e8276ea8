package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ccioacademy.catalogue.scorm.MediaTypes;
import org.ccioacademy.catalogue.scorm.PackageArchive;
import org.ccioacademy.catalogue.scorm.PackageContents;
import org.ccioacademy.catalogue.scorm.PackageReader;
import org.ccioacademy.platform.database.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores content packages and gives their files back. A package is stored once, by the fingerprint
 * of its files, in a transaction of its own before the course version that names it; two imports
 * storing the same package at once are serialised by an advisory lock, and the second finds it
 * stored.
 */
@ApplicationScoped
public class ContentPackages {

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "ccio.scorm.max-megabytes", defaultValue = "250")
  int maxMegabytes;

  @Inject
  @ConfigProperty(name = "ccio.scorm.max-files", defaultValue = "20000")
  int maxFiles;

  /** One file of a stored package. */
  public record PackageFile(String path, String mediaType, String sha256, byte[] content) {}

  /** How large a package may be, unpacked, and how many files it may hold (both configured). */
  public PackageArchive.Limits limits() {
    return new PackageArchive.Limits(maxMegabytes * 1024L * 1024L, maxFiles);
  }

  /**
   * Stores a package that has been read and checked, unless a package with its fingerprint is
   * stored already; returns the stored package.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ContentPackage store(PackageContents contents) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "content-package:" + contents.sha256())
        .getSingleResult();
    Optional<ContentPackage> known = find(contents.sha256());
    if (known.isPresent()) {
      return known.get();
    }
    ContentPackage p = new ContentPackage(contents, OffsetDateTime.now());
    em.persist(p);
    em.flush();
    PackageReader.copy(
        contents,
        limits(),
        (path, bytes) ->
            em.createNativeQuery(
                    "insert into content_package_file"
                        + " (package_id, path, media_type, byte_size, sha256, content)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, p.getId())
                .setParameter(2, path)
                .setParameter(3, MediaTypes.of(path))
                .setParameter(4, bytes.length)
                .setParameter(5, sha256(bytes))
                .setParameter(6, bytes)
                .executeUpdate());
    return p;
  }

  /** The stored package with this fingerprint. */
  public Optional<ContentPackage> find(String sha256) {
    return em.createQuery(
            "select p from ContentPackage p where p.sha256 = :s", ContentPackage.class)
        .setParameter("s", sha256)
        .getResultStream()
        .findFirst();
  }

  /** One file of the package with this fingerprint, by its path from the package's root. */
  public Optional<PackageFile> file(String packageSha256, String path) {
    List<Row> rows =
        Row.list(
            em.createNativeQuery(
                    "select f.path, f.media_type, f.sha256, f.content from content_package_file f"
                        + " join content_package p on p.id = f.package_id"
                        + " where p.sha256 = ?1 and f.path = ?2")
                .setParameter(1, packageSha256)
                .setParameter(2, path));
    return rows.stream()
        .findFirst()
        .map(r -> new PackageFile(r.stringAt(0), r.stringAt(1), r.stringAt(2), (byte[]) r.at(3)));
  }

  /** Every file of the package with this fingerprint, in path order (for an export). */
  public List<PackageFile> files(String packageSha256) {
    return Row.list(
            em.createNativeQuery(
                    "select f.path, f.media_type, f.sha256, f.content from content_package_file f"
                        + " join content_package p on p.id = f.package_id where p.sha256 = ?1"
                        + " order by f.path")
                .setParameter(1, packageSha256))
        .stream()
        .map(r -> new PackageFile(r.stringAt(0), r.stringAt(1), r.stringAt(2), (byte[]) r.at(3)))
        .toList();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
