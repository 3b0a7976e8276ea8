package org.ccioacademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master key that seals the application's own secrets in the database ({@link AppSecrets}):
 * {@code ccio.secrets.key} (environment {@code CCIO_SECRETS_KEY}, 32 bytes in base64) or the file
 * {@code ccio.secrets.key-file} holding that text. Never in the database, so a copy of the database
 * (a backup, or a reviewer who reads a table) does not give the badge signing key or the check-in
 * key. The launcher makes a key file beside the data folder on first start when none is given.
 */
@ApplicationScoped
public class SecretsKey {

  @Inject
  @ConfigProperty(name = "ccio.secrets.key")
  Optional<String> key;

  @Inject
  @ConfigProperty(name = "ccio.secrets.key-file")
  Optional<String> keyFile;

  private volatile SecretBox box;

  public SecretBox box() {
    SecretBox b = box;
    if (b == null) {
      b = new SecretBox(decode(load()));
      box = b;
    }
    return b;
  }

  private String load() {
    if (key.isPresent() && !key.get().isBlank()) {
      return key.get();
    }
    if (keyFile.isPresent() && !keyFile.get().isBlank()) {
      try {
        return Files.readString(Path.of(keyFile.get())).strip();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "The secrets key file " + keyFile.get() + " (ccio.secrets.key-file) cannot be read", e);
      }
    }
    throw new IllegalStateException(
        "No secrets key: set CCIO_SECRETS_KEY (32 random bytes in base64, e.g. from"
            + " 'openssl rand -base64 32') or CCIO_SECRETS_KEY_FILE. The launcher makes one.");
  }

  static byte[] decode(String text) {
    try {
      byte[] k = Base64.getDecoder().decode(text.strip());
      if (k.length != 32) {
        throw new IllegalArgumentException("it is " + k.length + " bytes");
      }
      return k;
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The secrets key must be 32 bytes in base64 (" + e.getMessage() + ")", e);
    }
  }
}
