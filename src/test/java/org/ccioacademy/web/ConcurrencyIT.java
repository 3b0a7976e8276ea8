package org.ccioacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccioacademy.testing.TestUsers;
import org.ccioacademy.testing.TestUsers.TestUser;
import org.ccioacademy.testing.WarTest;
import org.ccioacademy.testing.WebClient;
import org.ccioacademy.testing.WebClient.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * Correct under concurrency: many people signed in at once never get a wrong refusal (the Payara
 * defect of a shared security context gave 403 to about 5% of requests), and one person's many
 * requests at once (tabs, double clicks) never get an error (Mojarra destroyed a view's beans while
 * its request still rendered: 500). The 20,000-request proof is in docs/benchmarks.md.
 */
@RunAsClient
class ConcurrencyIT extends WarTest {

  /** A page or endpoint each role may open. */
  private static final Map<String, List<String>> ENTITLED =
      Map.of(
          "TRAINEE", List.of("trainee/learning.xhtml", "trainee/home.xhtml", "api/me"),
          "TUTOR", List.of("tutor/home.xhtml", "author/courses.xhtml", "api/me"),
          "REVIEWER", List.of("reviewer/home.xhtml", "api/review/figures", "api/me"),
          "ADMIN", List.of("admin/home.xhtml", "admin/users.xhtml", "api/me"));

  @Test
  void manyPeopleSignedInAtOnceAreNeverWronglyRefused() throws Exception {
    List<Callable<List<String>>> people = new ArrayList<>();
    for (String role : ENTITLED.keySet()) {
      for (int i = 0; i < 5; i++) {
        TestUser user = TestUsers.create(role);
        WebClient web = client();
        web.signIn(user.email(), user.password());
        List<String> paths = ENTITLED.get(role);
        people.add(
            () -> {
              List<String> wrong = new ArrayList<>();
              for (int n = 0; n < 120; n++) {
                String path = paths.get(n % paths.size());
                Page page = web.get(path);
                if (page.status() != 200) {
                  wrong.add(role + " " + path + " " + page.status());
                }
              }
              return wrong;
            });
      }
    }
    // and strangers at the same time, whose requests once reset the shared state
    WebClient anonymous = client();
    for (int i = 0; i < 4; i++) {
      people.add(
          () -> {
            List<String> wrong = new ArrayList<>();
            for (int n = 0; n < 120; n++) {
              Page page = anonymous.get(n % 2 == 0 ? "index.xhtml" : "api/courses");
              if (page.status() != 200) {
                wrong.add("anonymous " + page.status());
              }
            }
            return wrong;
          });
    }
    List<String> wrong = runAll(people);
    assertThat(wrong).as("wrong answers of %s requests", people.size() * 120).isEmpty();
  }

  @Test
  void oneTraineesManyRequestsAtOnceAllAnswer() throws Exception {
    TestUser trainee = TestUsers.create("TRAINEE");
    WebClient web = client();
    web.signIn(trainee.email(), trainee.password());
    String course = "clinical-safety";
    web.submit(
        "course.xhtml?id=" + course,
        web.get("course.xhtml?id=" + course),
        "enrolment",
        "enrol",
        Map.of());
    String module = "learn/module.xhtml?course=" + course + "&module=why-clinical-safety";
    assertThat(web.get(module).status()).isEqualTo(200);

    AtomicInteger served = new AtomicInteger();
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    for (int round = 0; round < 3; round++) {
      List<Callable<List<String>>> tabs = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        tabs.add(
            () -> {
              Page page = web.get(module);
              served.incrementAndGet();
              return page.status() == 200 && page.body().contains("Why clinical safety matters")
                  ? List.of()
                  : List.of(page.status() + "");
            });
      }
      wrong.addAll(runAll(tabs));
    }
    assertThat(served.get()).isEqualTo(150);
    assertThat(wrong).as("50 parallel requests in one session, 3 times").isEmpty();
  }

  private static List<String> runAll(List<Callable<List<String>>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<String> wrong = new ArrayList<>();
      for (Future<List<String>> f : pool.invokeAll(tasks)) {
        wrong.addAll(f.get());
      }
      return wrong;
    } finally {
      pool.shutdown();
    }
  }
}
