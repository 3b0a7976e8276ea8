package org.ccioacademy.platform.database;

import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The round of an outbox (mail, statements for another LRS): batches sent until one is not full; a
 * failure logged, and what was not sent left for the next round.
 */
public final class Outbox {

  private Outbox() {}

  /** Runs {@code sendBatch} (returning how many it took) until it takes fewer than {@code size}. */
  public static void drain(IntSupplier sendBatch, int size, Logger log, String failure) {
    try {
      int sent;
      do {
        sent = sendBatch.getAsInt();
      } while (sent == size);
    } catch (RuntimeException e) {
      log.log(Level.WARNING, failure, e);
    }
  }
}
