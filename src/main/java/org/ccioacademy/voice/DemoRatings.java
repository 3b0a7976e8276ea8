package org.ccioacademy.voice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.ccioacademy.platform.database.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only: the sample trainees' ratings of the electronic patient records and GP systems
 * they use, spread over the last year, with a few comments (some published, some waiting for the
 * demo admin), so the public figures, the reviewer's page and moderation have something to show.
 * The demo trainee has rated nothing, to try it.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class DemoRatings {

  private static final Logger LOG = Logger.getLogger(DemoRatings.class.getName());

  /** Each product's tendency: how far its users agree with the positive statements, 1 to 5. */
  private static final Map<String, Double> TENDENCY =
      Map.of(
          "Epic", 3.9,
          "Millennium", 3.2,
          "Nervecentre", 4.1,
          "Lorenzo", 2.6,
          "CareFlow", 3.4,
          "SystmOne", 3.8,
          "EMIS Web", 3.6);

  private static final List<String> EPRS =
      List.of("Epic", "Epic", "Millennium", "Millennium", "Nervecentre", "Lorenzo", "CareFlow");

  private static final List<String> COMMENTS =
      List.of(
          "Ordering bloods takes six clicks and the same two screens every time.",
          "Handover works well since the ward view was added.",
          "We were trained in a classroom on a version that looked nothing like the live one.",
          "Dr Smith on ward 9 keeps a paper list because the system is too slow at night.",
          "Prescribing is quick once you know it, but the alerts fire for everything.",
          "Single sign-on has made the start of a shift much easier.");

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void create() {
    if (!demo
        || !em.createNativeQuery("select 1 from system_rating limit 1").getResultList().isEmpty()) {
      return;
    }
    Map<String, Long> systems = new HashMap<>();
    for (Row r :
        Row.list(
            em.createNativeQuery(
                "select product, id from clinical_system where status = 'LISTED'"))) {
      systems.put(r.stringAt(0), r.longAt(1));
    }
    Random random = new Random(24);
    OffsetDateTime now = OffsetDateTime.now();
    int comment = 0;
    List<Row> trainees =
        Row.list(
            em.createNativeQuery(
                "select p.id from person p join person_role r on r.user_id = p.id"
                    + " where r.role = 'TRAINEE' and p.email like '%@example.nhs.uk' order by p.id"));
    for (Row t : trainees) {
      List<String> rated = new ArrayList<>();
      rated.add(EPRS.get(random.nextInt(EPRS.size())));
      if (random.nextInt(3) == 0) {
        rated.add(random.nextBoolean() ? "SystmOne" : "EMIS Web");
      }
      for (String product : rated) {
        Long system = systems.get(product);
        if (system == null) {
          continue; // an admin retired it
        }
        List<Integer> answers = answers(TENDENCY.get(product), random);
        String text = random.nextInt(5) == 0 ? COMMENTS.get(comment++ % COMMENTS.size()) : null;
        String status = text == null ? "NONE" : comment % 2 == 0 ? "PUBLISHED" : "PENDING";
        em.createNativeQuery(
                "insert into system_rating (user_id, system_id, ods_code, region, answers,"
                    + " sus_score, minutes_lost, training, recommend, comment, comment_status,"
                    + " published_comment, moderated_at, rated_at)"
                    + " select p.id, ?2, p.ods_code, p.region, cast(?3 as smallint[]), ?4, ?5,"
                    + " ?6, ?7, ?8, ?9, ?10, cast(?11 as timestamptz), ?12 from person p where p.id = ?1")
            .setParameter(1, t.longAt(0))
            .setParameter(2, system)
            .setParameter(3, Ratings.arrayLiteral(answers))
            .setParameter(4, SystemUsabilityScale.score(answers))
            .setParameter(5, 5 * random.nextInt(13))
            .setParameter(6, Training.values()[random.nextInt(3)].name())
            .setParameter(7, recommend(TENDENCY.get(product), random))
            .setParameter(8, text)
            .setParameter(9, status)
            .setParameter(
                10,
                "PUBLISHED".equals(status) ? text.replace("Dr Smith on ward 9", "A doctor") : null)
            .setParameter(11, "PUBLISHED".equals(status) ? now : null)
            .setParameter(12, now.minusDays(random.nextInt(365)))
            .executeUpdate();
      }
    }
    LOG.info(() -> "Demo ratings of clinical systems created");
  }

  private static String recommend(double tendency, Random random) {
    if (tendency + random.nextGaussian() > 3.4) {
      return "YES";
    }
    return random.nextBoolean() ? "NO" : "UNSURE";
  }

  /** Ten answers around a tendency (positive statements near it, negative ones mirrored). */
  private static List<Integer> answers(double tendency, Random random) {
    List<Integer> a = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double agree = tendency + random.nextGaussian() * 0.8;
      double v = i % 2 == 0 ? agree : 6 - agree;
      a.add((int) Math.max(1, Math.min(5, Math.round(v))));
    }
    return a;
  }
}
