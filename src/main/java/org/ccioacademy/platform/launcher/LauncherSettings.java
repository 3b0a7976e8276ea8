package org.ccioacademy.platform.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings for the launcher, resolved as MicroProfile Config resolves them inside the server: Java
 * system property, then environment variable ({@code ccio.db.url} → {@code CCIO_DB_URL}), then the
 * configuration file ({@code config/ccio.properties}), then the default given by the caller.
 */
final class LauncherSettings {

  private final Properties file;
  private final Map<String, String> environment;
  private final Path configFile;

  LauncherSettings(Path configFile, Map<String, String> environment) throws IOException {
    this.configFile = configFile;
    this.environment = environment;
    this.file = new Properties();
    if (Files.isRegularFile(configFile)) {
      try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        file.load(reader);
      }
    }
  }

  static Path configFileLocation(Map<String, String> environment) {
    String location = System.getProperty("ccio.config.file", environment.get("CCIO_CONFIG_FILE"));
    return Path.of(location == null || location.isBlank() ? "config/ccio.properties" : location)
        .toAbsolutePath()
        .normalize();
  }

  Path configFile() {
    return configFile;
  }

  Optional<String> get(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      value = environment.get(environmentName(key));
    }
    if (value == null) {
      value = file.getProperty(key);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  int getInt(String key, int defaultValue) {
    String value = get(key, Integer.toString(defaultValue));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          key
              + " must be a whole number, but is \""
              + value
              + "\" (set in "
              + configFile
              + " or the environment variable "
              + environmentName(key)
              + ")");
    }
  }

  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
