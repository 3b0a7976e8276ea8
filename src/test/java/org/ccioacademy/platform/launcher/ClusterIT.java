package org.ccioacademy.platform.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ccioacademy.testing.Launched;
import org.ccioacademy.testing.TestCourses;
import org.ccioacademy.testing.TestMail;
import org.ccioacademy.testing.TestQuizzes;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * More than one machine's worth (issue 23): the launcher starts three clustered Payara Micro
 * instances (Hazelcast with a member list) behind HAProxy, as docs/cluster.md tells an operator to,
 * on its embedded PostgreSQL with the demo data. Sessions live in the data grid, so an instance
 * killed with {@code kill -9} loses nobody's work; the jobs every instance schedules run once; what
 * one instance publishes the others show at once.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class ClusterIT {

  private static final int INSTANCES = 3;
  private static final String DEMO_PASSWORD = "ccio-demo-2026";

  private static Path data;
  private static Path courses;
  private static Path feed;

  /** When a_ switched the retention schedule on (System.nanoTime). */
  private static long retentionOn;

  private static Launched app;
  private static String db;
  private static Properties passwords;
  private static int firstPort;

  @BeforeAll
  static void startTheCluster() throws Exception {
    TestMail.start();
    data = Files.createTempDirectory("ccio-cluster");
    courses = data.resolve("courses");
    TestCourses.copy(Path.of("courses"), courses);
    feed = Files.createDirectories(data.resolve("feed"));
    int dbPort = Launched.freePort();
    firstPort = freePorts(INSTANCES);
    Map<String, String> env = new HashMap<>();
    env.put("CCIO_DATA_DIR", data.resolve("data").toString());
    env.put("CCIO_EMBEDDED_DB_PORT", Integer.toString(dbPort));
    env.put("CCIO_COURSES_DIR", courses.toString());
    env.put("CCIO_CLUSTER_FIRST_PORT", Integer.toString(firstPort));
    env.put("CCIO_CLUSTER_GRID_PORT", Integer.toString(freePorts(INSTANCES)));
    env.put("CCIO_SERVER_JVM_OPTIONS", "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    env.put("CCIO_MAIL_HOST", "127.0.0.1");
    env.put("CCIO_MAIL_PORT", System.getProperty("ccio.test.smtpPort"));
    env.put("CCIO_MAIL_INTERVAL_SECONDS", "1");
    env.put("CCIO_STAFF_FEED_FOLDER", feed.toString());
    env.put("CCIO_STAFF_FEED_POLL_SECONDS", "1");
    env.put("CCIO_STAFF_FEED_SETTLE_MILLIS", "300");
    // every instance asks each minute whether the retention schedule is due (g_)
    env.put("CCIO_RETENTION_CHECK_MINUTES", "1");
    // two hundred people signing in at once from one test machine: as if from their own phones
    env.put("CCIO_THROTTLE_SIGNIN_ADDRESS", "10000/10");
    env.put("CCIO_THROTTLE_SIGNIN_NETWORK", "10000/10");
    app = new Launched(Launched.freePort(), env, "--demo", "--instances", "" + INSTANCES);
    app.awaitOutput("CCIO Academy is ready at", 480);
    db = "jdbc:postgresql://localhost:" + dbPort + "/ccio";
    passwords = new Properties();
    try (var in = Files.newBufferedReader(data.resolve("data/postgres-passwords"))) {
      passwords.load(in);
    }
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (app != null) {
      app.close();
    }
    // the instances' and HAProxy's logs are kept for a failure's reader
    Path logs = Path.of("target/cluster-logs");
    Launcher.deleteRecursively(logs);
    TestCourses.copy(data.resolve("data/logs"), logs);
    Launcher.deleteRecursively(data);
  }

  @Test
  void a_haproxySendsNewcomersToEachInstanceInTurnAndTheyFormOneDataGrid() throws Exception {
    Set<String> served = new HashSet<>();
    for (int i = 0; i < INSTANCES * 2; i++) {
      WebClient visitor = app.web();
      assertThat(visitor.get("help.xhtml").status()).isEqualTo(200);
      served.add(visitor.cookie("CCIO_INSTANCE"));
    }
    assertThat(served).containsExactlyInAnyOrder("i1", "i2", "i3");
    // an admin switches the retention schedule on: from now each instance checks it each minute
    update("update retention_setting set enabled = true where id = 1");
    retentionOn = System.nanoTime();
    assertThat(Files.readString(data.resolve("data/logs/instance-1.log")))
        .contains("DG Size: " + INSTANCES);
    assertThat(Files.readString(data.resolve("data/haproxy.cfg")))
        .contains("option httpchk GET /health/ready");
  }

  @Test
  void b_mailAndTheStaffFeedFolderAreEachHandledOnceThoughEveryInstanceWatchesThem()
      throws Exception {
    String u = UUID.randomUUID().toString().substring(0, 8);
    // thirty messages waiting in the outbox: every instance's sender looks every second
    List<String> to = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      to.add("cluster-" + u + "-" + i + "@example.nhs.uk");
    }
    for (String address : to) {
      update(
          "insert into mail_message (to_address, subject, body, status, purpose)"
              + " values (?, 'Cluster test', 'Once only.', 'QUEUED', 'test.cluster')",
          address);
    }
    // a staff feed file of twenty joiners in the folder all three watch
    StringBuilder csv =
        new StringBuilder(
            "Employee Number,First Name,Last Name,Email Address,Staff Group,"
                + "Professional Registration Number,Organisation Code,Assignment Start Date,"
                + "Assignment End Date\n");
    for (int i = 0; i < 20; i++) {
      csv.append("C")
          .append(u)
          .append(i)
          .append(",Cal,Cluster,joiner-")
          .append(u)
          .append('-')
          .append(i)
          .append("@nhs.net,,,RTD,2024-01-01,\n");
    }
    String file = "joiners-" + u + ".csv";
    Files.writeString(feed.resolve(file), csv);

    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end
        && (Files.exists(feed.resolve(file))
            || !"30"
                .equals(
                    one(
                        "select count(*) from mail_message where purpose = 'test.cluster'"
                            + " and status = 'SENT' and to_address like ?",
                        "cluster-" + u + "-%")))) {
      Thread.sleep(250);
    }
    Thread.sleep(3000); // time enough for a second sending or a second run, were there one
    for (String address : to) {
      assertThat(TestMail.receivedBy(address, Duration.ofSeconds(10))).as(address).hasSize(1);
    }
    assertThat(
            one(
                "select string_agg(status, ',') from staff_feed_run where file_name like ?",
                "%" + file))
        .isEqualTo("APPLIED");
    try (Stream<Path> done = Files.list(feed.resolve("done"))) {
      assertThat(done.filter(p -> p.getFileName().toString().endsWith(file))).hasSize(1);
    }
    assertThat(one("select count(*) from users where email like ?", "joiner-" + u + "-%"))
        .isEqualTo("20");
    // the certificates the demo's completions were due: issued by three sweepers taking turns,
    // no run failing on another's work
    assertThat(Integer.parseInt(one("select count(*) from certificate"))).isPositive();
    assertThat(one("select count(*) from certificate_run where status <> 'DONE'")).isEqualTo("0");
  }

  @Test
  void c_whatOneInstancePublishesTheOthersShowAtOnce() throws Exception {
    WebClient[] trainees = new WebClient[INSTANCES];
    String module = "learn/module.xhtml?course=clinical-safety&module=why-clinical-safety";
    for (int i = 0; i < INSTANCES; i++) {
      trainees[i] = instance(i);
      assertThat(trainees[i].signIn("trainee@demo.ccio.academy", DEMO_PASSWORD).status())
          .isEqualTo(302);
      // each instance renders and keeps the module's current text, and reads the pathway
      assertThat(trainees[i].get(module).body()).doesNotContain("Cluster marker");
      assertThat(trainees[i].get("trainee/pathway.xhtml").body())
          .contains("Digital champion")
          .doesNotContain("Digital champion, cluster edition");
    }
    String marker = "Cluster marker " + UUID.randomUUID();
    Path text = courses.resolve("clinical-safety/why-clinical-safety.md");
    Files.writeString(text, Files.readString(text) + "\n" + marker + ".\n");
    Path pathway = courses.resolve("pathway.yaml");
    Files.writeString(
        pathway,
        Files.readString(pathway)
            .replace("title: Digital champion\n", "title: Digital champion, cluster edition\n"));
    WebClient admin = instance(0);
    admin.signIn("admin@demo.ccio.academy", DEMO_PASSWORD);
    Page reload =
        admin.submit(
            "admin/courses.xhtml", admin.get("admin/courses.xhtml"), "reload", "reload", Map.of());
    assertThat(reload.status()).as(reload.body()).isEqualTo(302);
    for (int i = 1; i < INSTANCES; i++) {
      assertThat(trainees[i].get(module).body()).as("instance " + (i + 1)).contains(marker);
      assertThat(trainees[i].get("trainee/pathway.xhtml").body())
          .as("instance " + (i + 1))
          .contains("Digital champion, cluster edition");
    }
  }

  @Test
  void d_theInstanceServingATraineeMidQuizIsKilledAndTheQuizEndsOnAnotherWithOneAttempt()
      throws Exception {
    String email = "quiz-" + UUID.randomUUID() + "@example.nhs.uk";
    long id = trainees(email).get(0);
    WebClient web = app.web();
    assertThat(web.signIn(email, DEMO_PASSWORD).status()).isEqualTo(302);
    String course = "course.xhtml?id=clinical-safety";
    assertThat(web.submit(course, web.get(course), "enrolment", "enrol", Map.of()).status())
        .isEqualTo(302);
    String url = "learn/quiz.xhtml?course=clinical-safety&module=why-clinical-safety";
    Page quiz = web.get(url);
    assertThat(quiz.status()).isEqualTo(200);
    String served = web.cookie("CCIO_INSTANCE");

    kill(served);
    List<Map.Entry<String, String>> answers;
    try (Connection c = connect()) {
      answers = TestQuizzes.answers(c, "clinical-safety", "why-clinical-safety", true);
    }
    Page submitted = web.submitAll(url, quiz, "quiz", "submit", answers);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
    assertThat(web.cookie("CCIO_INSTANCE")).isNotEqualTo(served);
    assertThat(web.follow(submitted).body()).contains("You passed");
    assertThat(
            one(
                "select count(*) from quiz_attempt a join enrolment e on e.id = a.enrolment_id"
                    + " where e.user_id = ?",
                id))
        .isEqualTo("1");
    // the launcher starts the killed instance again
    app.awaitOutput("Instance " + served.substring(1) + " stopped (exit code 137)", 30);
  }

  @Test
  void e_twoHundredCheckInsWhileAnInstanceIsKilledAreEachStoredOnceWhenAcknowledged()
      throws Exception {
    // the instance killed mid-quiz is still starting again: the burst goes to the other two, and
    // one of them is killed part-way through
    List<Integer> up = instancesUp(2);
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      emails.add("burst-" + run + "-" + i + "@example.nhs.uk");
    }
    List<Long> ids = trainees(emails.toArray(String[]::new));
    long session = eventSessionNow(run, ids);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<WebClient>> signing = new ArrayList<>();
      for (String email : emails) {
        signing.add(
            pool.submit(
                () -> {
                  WebClient w = app.web();
                  assertThat(w.signIn(email, DEMO_PASSWORD).status()).isEqualTo(302);
                  return w;
                }));
      }
      List<WebClient> people = new ArrayList<>();
      Set<String> signedInOn = new HashSet<>();
      for (Future<WebClient> f : signing) {
        people.add(f.get());
        signedInOn.add(people.get(people.size() - 1).cookie("CCIO_INSTANCE"));
      }
      // HAProxy spread the trainees over the instances that were up
      assertThat(signedInOn).hasSizeGreaterThanOrEqualTo(2);
      String victim = "i" + (up.get(0) + 1);
      WebClient organiser = app.web();
      organiser.signIn("admin@demo.ccio.academy", DEMO_PASSWORD);
      String link =
          Jsoup.parse(organiser.get("organise/checkin.xhtml?session=" + session).body())
              .getElementById("qr-link")
              .text();
      String path = link.substring(link.indexOf("checkin.xhtml"));

      Set<Long> acknowledged = Collections.synchronizedSet(new HashSet<>());
      AtomicInteger finished = new AtomicInteger();
      List<Future<?>> checkIns = new ArrayList<>();
      for (int i = 0; i < people.size(); i++) {
        WebClient w = people.get(i);
        long who = ids.get(i);
        checkIns.add(
            pool.submit(
                () -> {
                  try {
                    Page page = w.get(path);
                    if (page.status() != 200) {
                      return;
                    }
                    Page done = w.submit(path, page, "checkIn", "confirm", Map.of());
                    if (done.status() == 302 && done.location().contains("trainee/attendance")) {
                      acknowledged.add(who);
                    }
                  } catch (IllegalStateException cutOff) {
                    // an answer already on its way when its instance died is cut off (a browser
                    // shows "connection lost"): not acknowledged
                  }
                  if (finished.incrementAndGet() == 60) {
                    kill(victim); // part-way through the burst
                  }
                }));
      }
      for (Future<?> f : checkIns) {
        f.get();
      }
      Set<Long> stored = new HashSet<>();
      for (String s :
          column(
              "select user_id from attendance_mark where session_id = ? and source = 'CHECK_IN'",
              session)) {
        stored.add(Long.parseLong(s));
      }
      assertThat(stored).containsAll(acknowledged);
      assertThat(acknowledged).as("nearly everyone was answered").hasSizeGreaterThan(190);
      assertThat(
              one(
                  "select count(*) from (select user_id from attendance_mark where session_id = ?"
                      + " group by user_id having count(*) > 1) d",
                  session))
          .isEqualTo("0");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void f_aTutorMidEditAndAReviewerMidDashboardGoOnOnAnotherInstanceWhenTheirsIsKilled()
      throws Exception {
    instancesUp(INSTANCES); // the one killed before is back
    String title = "Regional day " + UUID.randomUUID();
    update(
        "insert into event (title, kind, description, venue, starts_on, ends_on,"
            + " registration_opens_at, registration_closes_at, capacity, approval_required,"
            + " status, organiser_id)"
            + " select ?, 'REGIONAL', 'Edited mid-way', 'Leeds', current_date + 30,"
            + " current_date + 30, now() - interval '1 day', now() + interval '20 days', 40,"
            + " false, 'PUBLISHED', id from users where email = 'tutor@demo.ccio.academy'",
        title);
    String url = "organise/event.xhtml?id=" + one("select id from event where title = ?", title);
    WebClient tutor = app.web();
    assertThat(tutor.signIn("tutor@demo.ccio.academy", DEMO_PASSWORD).status()).isEqualTo(302);
    Page editing = tutor.get(url);
    assertThat(editing.status()).isEqualTo(200);
    String tutorsInstance = tutor.cookie("CCIO_INSTANCE");
    // the reviewer on the same instance (one killed at a time: the data grid keeps one backup)
    WebClient reviewer = null;
    for (int i = 0; i < 2 * INSTANCES && reviewer == null; i++) {
      WebClient someone = app.web();
      assertThat(someone.signIn("reviewer@demo.ccio.academy", DEMO_PASSWORD).status())
          .isEqualTo(302);
      if (tutorsInstance.equals(someone.cookie("CCIO_INSTANCE"))) {
        reviewer = someone;
      }
    }
    assertThat(reviewer).as("a reviewer's session on " + tutorsInstance).isNotNull();
    assertThat(reviewer.get("reviewer/dashboard.xhtml").body()).contains("Signed in as");

    kill(tutorsInstance);
    // the tutor's half-made edit is saved by another instance, from the view state of the first
    Map<String, List<String>> fields = tutor.form(editing, "details");
    fields.put("details:venue", List.of("Leeds General Infirmary, lecture theatre 2"));
    Page saved = tutor.send(url, editing, fields, "details:save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(tutor.cookie("CCIO_INSTANCE")).isNotEqualTo(tutorsInstance);
    Page after = tutor.follow(saved);
    assertThat(after.body()).as(saved.location()).contains("Leeds General Infirmary");
    assertThat(one("select venue from event where title = ?", title))
        .isEqualTo("Leeds General Infirmary, lecture theatre 2");
    // the reviewer's next page comes from another instance, still signed in
    Page dashboard = reviewer.get("reviewer/dashboard.xhtml");
    assertThat(dashboard.status()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Signed in as");
    assertThat(reviewer.cookie("CCIO_INSTANCE")).isNotEqualTo(tutorsInstance);
  }

  @Test
  void g_theRetentionScheduleRunsOnceThoughEveryInstanceChecksItEachMinute() throws Exception {
    // a minute and a bit since a_ switched it on: every instance has checked at least once
    long waited = Duration.ofNanos(System.nanoTime() - retentionOn).toSeconds();
    Thread.sleep(Math.max(0, 75 - waited) * 1000);
    assertThat(one("select count(*) from retention_run where trigger = 'SCHEDULE'")).isEqualTo("1");
    assertThat(
            one(
                "select count(*) from retention_run where trigger = 'SCHEDULE'"
                    + " and failure is null"))
        .isEqualTo("1");
  }

  /** Kills (SIGKILL, as {@code kill -9}) the instance the load balancer's cookie value names. */
  private static void kill(String cookie) {
    String name = "instance-" + cookie.substring(1);
    ProcessHandle instance =
        app.process
            .descendants()
            .filter(
                p ->
                    p.info()
                        .arguments()
                        .map(a -> List.of(a).contains(name) && List.of(a).contains("--name"))
                        .orElse(false))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no process for " + name));
    instance.destroyForcibly();
  }

  /** The instances (from 0) answering ready, once at least {@code least} do and HAProxy sees it. */
  private static List<Integer> instancesUp(int least) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long end = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (true) {
      List<Integer> up = new ArrayList<>();
      for (int i = 0; i < INSTANCES; i++) {
        URI ready = URI.create("http://localhost:" + (firstPort + i) + "/health/ready");
        try {
          HttpRequest request =
              HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build();
          if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            up.add(i);
          }
        } catch (IOException notYet) {
          // stopped, or starting again
        }
      }
      if (up.size() >= least) {
        Thread.sleep(4000); // HAProxy's checks agree (two in a row, two seconds apart)
        return up;
      }
      assertThat(System.nanoTime()).as(app.output::toString).isLessThan(end);
      Thread.sleep(500);
    }
  }

  /** A client of one instance directly, past the load balancer. */
  private static WebClient instance(int index) {
    return new WebClient(URI.create("http://localhost:" + (firstPort + index) + "/"));
  }

  /** Trainees with the demo password and professional details; their ids in order. */
  private static List<Long> trainees(String... emails) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = connect();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into users (email, full_name, password_hash, professional_group,"
                    + " profession, grade, registration_number, ods_code, region)"
                    + " select ?, 'Cluster Trainee', password_hash, professional_group,"
                    + " profession, grade, registration_number, ods_code, region from users"
                    + " where email = 'trainee@demo.ccio.academy' returning id");
        PreparedStatement role =
            c.prepareStatement("insert into user_roles (user_id, role) values (?, 'TRAINEE')")) {
      for (String email : emails) {
        insert.setString(1, email);
        try (ResultSet rs = insert.executeQuery()) {
          rs.next();
          ids.add(rs.getLong(1));
        }
        role.setLong(1, ids.get(ids.size() - 1));
        role.executeUpdate();
      }
    }
    return ids;
  }

  /** An event with a session on now, every one of {@code people} registered; the session's id. */
  private static long eventSessionNow(String run, List<Long> people) throws SQLException {
    String title = "Burst " + run;
    update(
        "insert into event (title, kind, description, venue, starts_on, ends_on,"
            + " registration_opens_at, registration_closes_at, capacity, approval_required,"
            + " status, organiser_id)"
            + " select ?, 'REGIONAL', 'Check-in burst', 'Loopback', current_date - 1,"
            + " current_date + 1, now() - interval '1 day', now() + interval '1 day', ?, false,"
            + " 'PUBLISHED', id from users where email = 'admin@demo.ccio.academy'",
        title,
        people.size());
    update(
        "insert into event_session (event_id, title, kind, starts_at, ends_at, cpd_hours,"
            + " participatory) select id, 'Burst session', 'TALK', now() - interval '5 minutes',"
            + " now() + interval '1 hour', 1, true from event where title = ?",
        title);
    for (long who : people) {
      update(
          "insert into event_registration (event_id, user_id, status, requested_at,"
              + " confirmed_at) select id, ?, 'REGISTERED', now(), now() from event where title = ?",
          who,
          title);
    }
    return Long.parseLong(
        one(
            "select s.id from event_session s join event e on e.id = s.event_id where e.title = ?",
            title));
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(db, "postgres", passwords.getProperty("postgres"));
  }

  private static void update(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  private static String one(String sql, Object... args) throws SQLException {
    List<String> values = column(sql, args);
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> column(String sql, Object... args) throws SQLException {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }

  /** The first of {@code n} consecutive free ports. */
  private static int freePorts(int n) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first = 20000 + (int) (Math.random() * 20000);
      boolean free = true;
      for (int p = first; p < first + n && free; p++) {
        try (ServerSocket s = new ServerSocket(p)) {
          s.setReuseAddress(true);
        } catch (IOException taken) {
          free = false;
        }
      }
      if (free) {
        return first;
      }
    }
    throw new IOException("no " + n + " consecutive free ports");
  }
}
