package org.ccioacademy.review;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Runs a page's read-only queries side by side, each on its own connection, so the page waits for
 * the slowest rather than for their sum. Each piece of work gets an entity manager of its own (the
 * container's is bound to the request's thread), closed after.
 */
@ApplicationScoped
public class SideBySide {

  @Resource ManagedExecutorService executor;
  @PersistenceUnit private EntityManagerFactory emf;

  /** Starts {@code work}; {@link #join} its result. */
  public <T> CompletableFuture<T> start(Function<EntityManager, T> work) {
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

  /** The result of work started here, its own exception rethrown as it was. */
  public static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
