package org.ccioacademy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a standard linter the build fetches from the npm registry with {@code npx} (Node.js and npm
 * come from Debian's packages; .ci/run installs them): Redocly CLI for OpenAPI documents.
 */
public final class Linter {

  /** The Redocly CLI release the rules were last checked with. */
  public static final String REDOCLY = "@redocly/cli@2.77.0";

  public record Result(int exitCode, String output) {}

  private Linter() {}

  /** {@code redocly lint --config config document}. */
  public static Result redocly(Path config, Path document)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "npx",
                    "--yes",
                    REDOCLY,
                    "lint",
                    "--config",
                    config.toString(),
                    "--format",
                    "codeframe",
                    document.toString()))
            .redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    builder.environment().put("REDOCLY_TELEMETRY", "off");
    builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("redocly lint did not finish in 5 minutes");
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
