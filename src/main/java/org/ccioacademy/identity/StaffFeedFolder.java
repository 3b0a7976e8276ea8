package org.ccioacademy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.database.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The staff feed's watched folder ({@code ccio.staff-feed.folder}; empty: none): every {@code
 * ccio.staff-feed.poll-seconds} a {@code .csv} file the HR system left there (and has not touched
 * for a minute, so it is whole) is checked and, with no problem in any line, applied, as an admin
 * would from the page. It is then moved to {@code done/}, or to {@code refused/} with a {@code
 * .problems.txt} beside it naming every problem; nothing changes for a refused file. Each run is
 * listed on the admin page with the others. In a cluster one instance at a time takes the files
 * ({@link ClusterLock}).
 */
@Startup
@Singleton
@DependsOn("Database")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffFeedFolder {

  private static final Logger LOG = Logger.getLogger(StaffFeedFolder.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject StaffFeeds feeds;
  @Inject ClusterLock lock;

  @Inject
  @ConfigProperty(name = "ccio.staff-feed.folder")
  Optional<String> folder;

  @Inject
  @ConfigProperty(name = "ccio.staff-feed.poll-seconds", defaultValue = "60")
  long pollSeconds;

  /** How long a file must be left untouched before it is taken (milliseconds; tests shorten it). */
  @Inject
  @ConfigProperty(name = "ccio.staff-feed.settle-millis", defaultValue = "60000")
  long settleMillis;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    if (folder.isEmpty() || folder.get().isBlank()) {
      return;
    }
    LOG.info("Watching " + folder.get() + " for staff feed files");
    task =
        scheduler.scheduleWithFixedDelay(
            this::poll, Math.min(10, pollSeconds), Math.max(1, pollSeconds), TimeUnit.SECONDS);
  }

  void poll() {
    // every instance of a cluster watches the folder (it may be shared); one takes the files
    try {
      if (!lock.runAlone("staff-feed-folder", this::pollHere)) {
        LOG.fine("Another instance is taking the staff feed files");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The staff feed folder could not be read; it is tried again later", e);
    }
  }

  private void pollHere() {
    try {
      Path dir = Path.of(folder.get());
      if (!Files.isDirectory(dir)) {
        LOG.warning("The staff feed folder " + dir + " does not exist");
        return;
      }
      for (Path file : settled(dir)) {
        take(dir, file);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The staff feed folder could not be read; it is tried again later", e);
    }
  }

  private List<Path> settled(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    long now = Instant.now().toEpochMilli();
    try (DirectoryStream<Path> csv = Files.newDirectoryStream(dir, "*.{csv,CSV}")) {
      for (Path f : csv) {
        if (Files.isRegularFile(f)
            && now - Files.getLastModifiedTime(f).toMillis() >= settleMillis) {
          files.add(f);
        }
      }
    }
    files.sort(null);
    return files;
  }

  private void take(Path dir, Path file) throws IOException {
    String name = file.getFileName().toString();
    long runId = feeds.check(Actor.SYSTEM, name, Files.readAllBytes(file), true);
    StaffFeeds.Summary run = feeds.summary(runId);
    if (run.isApplicable()) {
      run = feeds.apply(Actor.SYSTEM, runId);
    }
    if ("APPLIED".equals(run.status())) {
      move(file, dir.resolve("done"), runId + "-" + name);
      LOG.info("Staff feed " + name + " applied (run " + runId + ")");
      return;
    }
    feeds.refuse(runId);
    Path refused = move(file, dir.resolve("refused"), runId + "-" + name);
    StringBuilder report = new StringBuilder();
    if (run.fileProblem() != null) {
      report.append(run.fileProblem()).append('\n');
    }
    int first = 0;
    List<StaffFeeds.Line> page;
    do {
      page = feeds.lines(runId, true, first, 1000);
      for (StaffFeeds.Line l : page) {
        for (String p : l.problems()) {
          report.append("line ").append(l.lineNo()).append(": ").append(p).append('\n');
        }
      }
      first += page.size();
    } while (page.size() == 1000);
    Files.writeString(refused.resolveSibling(refused.getFileName() + ".problems.txt"), report);
    LOG.warning(
        "Staff feed "
            + name
            + " refused (run "
            + runId
            + "): "
            + (run.fileProblem() != null
                ? run.fileProblem()
                : run.problems() + " lines with problems"));
  }

  private static Path move(Path file, Path to, String name) throws IOException {
    Files.createDirectories(to);
    return Files.move(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
