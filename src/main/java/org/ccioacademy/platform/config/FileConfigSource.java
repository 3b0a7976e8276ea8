package org.ccioacademy.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Reads {@code config/ccio.properties} (or the file named by {@code CCIO_CONFIG_FILE}) as a
 * MicroProfile Config source. Its ordinal, 150, puts it above the defaults in the code and below
 * environment variables (300) and system properties (400), so an environment variable such as
 * {@code CCIO_DB_URL} always wins over the file.
 */
public class FileConfigSource implements ConfigSource {

  private static final int ORDINAL = 150;
  private final Map<String, String> properties;
  private final String name;

  public FileConfigSource() {
    String location = System.getProperty("ccio.config.file", System.getenv("CCIO_CONFIG_FILE"));
    Path file =
        Path.of(location == null || location.isBlank() ? "config/ccio.properties" : location);
    this.name = "ccio-file:" + file.toAbsolutePath();
    this.properties = load(file);
  }

  private static Map<String, String> load(Path file) {
    Map<String, String> map = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return map;
    }
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the configuration file " + file, e);
    }
    props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k).trim()));
    // an empty value in the file means "not set here", so the default applies
    map.values().removeIf(String::isEmpty);
    return Map.copyOf(map);
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
