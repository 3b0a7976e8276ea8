package org.ccioacademy.platform.privacy;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of everything held about one person (UK GDPR Article 15), being written as one zip: fired
 * by identity, which writes the account itself; each feature observes it synchronously and adds its
 * own records as JSON files and the files the person uploaded or was given, as they are. Only the
 * person's own records go in, never anyone else's.
 */
public final class SubjectAccess {

  private final long personId;
  private final String email;
  private final ZipOutputStream zip;
  private final Set<String> paths = new HashSet<>();
  private final Map<String, Integer> counts = new TreeMap<>();

  public SubjectAccess(long personId, String email, ZipOutputStream zip) {
    this.personId = personId;
    this.email = email;
    this.zip = zip;
  }

  public long personId() {
    return personId;
  }

  /** The person's email address now (mail sent to it is theirs). */
  public String email() {
    return email;
  }

  /**
   * Adds the rows {@code select} returns (its columns named as the JSON fields should be; {@code
   * ?1} is the person's id) as a JSON array at {@code path}, e.g. "learning/enrolments.json".
   *
   * @return how many rows
   */
  public int rows(EntityManager em, String path, String select) {
    return rows(em, path, select, personId);
  }

  /** The same, with {@code ?1} bound to {@code key} (the person's email address, say). */
  public int rows(EntityManager em, String path, String select, Object key) {
    Query q =
        em.createNativeQuery(
                "select coalesce(json_agg(x), '[]')::text, count(*) from (" + select + ") x")
            .setParameter(1, key);
    Object[] r = (Object[]) q.getSingleResult();
    int n = ((Number) r[1]).intValue();
    json(path, (String) r[0]);
    counts.merge(path, n, Integer::sum);
    return n;
  }

  /** Adds a JSON text at {@code path}, laid out to be read. */
  public void json(String path, String json) {
    StringWriter out = new StringWriter();
    try (JsonReader reader = Json.createReader(new StringReader(json));
        JsonWriter writer =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
      JsonStructure value = reader.read();
      writer.write(value);
    }
    file(path, out.toString().strip().getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a file as it was uploaded or issued, at {@code folder}/{@code id}-{@code name}. */
  public void file(String folder, Object id, String name, byte[] content) {
    file(folder + "/" + id + "-" + safe(name), content);
  }

  /** Adds a file at {@code path}. */
  public void file(String path, byte[] content) {
    if (!paths.add(path)) {
      throw new IllegalArgumentException("Two files at " + path);
    }
    try {
      zip.putNextEntry(new ZipEntry(path));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many rows each JSON file holds, by path. */
  public Map<String, Integer> counts() {
    return counts;
  }

  /** A file name safe in any zip tool: letters, digits, dots, dashes and underscores. */
  static String safe(String name) {
    String s = name == null ? "file" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    s = s.replaceAll("^\\.+", "_");
    return s.length() > 100 ? s.substring(s.length() - 100) : s;
  }
}
