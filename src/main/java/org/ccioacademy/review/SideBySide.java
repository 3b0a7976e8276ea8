package org.ccioacademy.review;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Runs a page's read-only queries side by side, each on its own connection, so the page waits for
 * the slowest rather than for their sum. Each piece of work gets an entity manager of its own (the
 * container's is bound to the request's thread), closed after.
 *
 * <p><b>Start work only inside a transaction</b> (the page's or resource's method is {@code
 * Transactional}). Each worker runs with the request's context, and when its work ends the
 * container closes the entity managers that the request's thread used outside a transaction; the
 * request then fails as it ends, closing them again (a 500 that FuzzIT found on the data quality
 * page once the test servers ran slower). Inside a transaction the request's thread uses none, so
 * {@link #start} refuses to start work outside one. Callers {@link #settle} every piece before
 * reading any, so that none is still running when the request ends, even when one fails.
 */
@ApplicationScoped
public class SideBySide {

  @Resource ManagedExecutorService executor;
  @PersistenceUnit private EntityManagerFactory emf;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Starts {@code work}; {@link #join} its result. */
  public <T> CompletableFuture<T> start(Function<EntityManager, T> work) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "SideBySide work must start inside a transaction: make the calling page or resource"
              + " method @Transactional");
    }
    return CompletableFuture.supplyAsync(
        () -> {
          EntityManager own = emf.createEntityManager();
          try {
            return work.apply(own);
          } finally {
            own.close();
          }
        },
        executor);
  }

  /** Waits until every piece of work has ended, done or failed; {@link #join} then reads each. */
  public static void settle(CompletableFuture<?>... work) {
    try {
      CompletableFuture.allOf(work).join();
    } catch (CompletionException | CancellationException e) {
      // each piece's own join reports its failure
    }
  }

  /** The result of work started here, its own exception rethrown as it was. */
  public static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
