package org.ccioacademy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.privacy.RetentionSweep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identity's part of the retention schedule: accounts disabled, or whose holder left, long enough
 * ago are anonymised (as erasure does, at most {@link #MAX_ACCOUNTS} a day); the lines of old staff
 * feed files, and the files themselves in the watched folder's done/ and refused/, are removed.
 */
@ApplicationScoped
public class IdentityRetention {

  private static final Logger LOG = Logger.getLogger(IdentityRetention.class.getName());

  /** The most accounts one run anonymises; the rest wait for the next day's. */
  static final int MAX_ACCOUNTS = 1000;

  private static final String DUE =
      " from users where erased_at is null and ((not enabled and disabled_at < ?1)"
          + " or left_on < cast(?1 as date))";

  @PersistenceContext private EntityManager em;
  @Inject PersonalData personalData;

  @Inject
  @ConfigProperty(name = "ccio.staff-feed.folder")
  Optional<String> folder;

  void onRetention(@Observes RetentionSweep sweep) {
    int accounts;
    if (sweep.isPreview()) {
      accounts =
          ((Number)
                  em.createNativeQuery("select count(*)" + DUE)
                      .setParameter(1, sweep.accountsBefore())
                      .getSingleResult())
              .intValue();
    } else {
      @SuppressWarnings("unchecked")
      List<Object> ids =
          em.createNativeQuery("select id" + DUE + " order by id limit " + MAX_ACCOUNTS)
              .setParameter(1, sweep.accountsBefore())
              .getResultList();
      for (Object id : ids) {
        personalData.anonymise(
            ((Number) id).longValue(), "disabled or left longer ago than the retention schedule");
      }
      accounts = ids.size();
    }
    sweep.counted(
        accounts,
        "account disabled or left long ago, anonymised",
        "accounts disabled or left long ago, anonymised");
    String lines =
        " from staff_feed_line where run_id in (select id from staff_feed_run"
            + " where checked_at < ?1)";
    int n =
        sweep.isPreview()
            ? ((Number)
                    em.createNativeQuery("select count(*)" + lines)
                        .setParameter(1, sweep.staffFeedBefore())
                        .getSingleResult())
                .intValue()
            : em.createNativeQuery("delete" + lines)
                .setParameter(1, sweep.staffFeedBefore())
                .executeUpdate();
    sweep.counted(n, "staff feed line past its time", "staff feed lines past their time");
    if (folder.isPresent() && !folder.get().isBlank()) {
      sweep.counted(
          oldFiles(Path.of(folder.get()), sweep),
          "staff feed file past its time",
          "staff feed files past their time");
    }
  }

  private static int oldFiles(Path dir, RetentionSweep sweep) {
    int n = 0;
    for (String sub : List.of("done", "refused")) {
      Path d = dir.resolve(sub);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
        for (Path f : files) {
          if (Files.isRegularFile(f)
              && Files.getLastModifiedTime(f)
                  .toInstant()
                  .isBefore(sweep.staffFeedBefore().toInstant())) {
            n++;
            if (sweep.isApply()) {
              Files.delete(f);
            }
          }
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not clear old staff feed files from " + d, e);
      }
    }
    return n;
  }
}
