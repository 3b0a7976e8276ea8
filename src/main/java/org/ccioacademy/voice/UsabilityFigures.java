package org.ccioacademy.voice;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ccioacademy.platform.database.Row;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published figures of the ratings, aggregated in SQL over each person's current rating of each
 * system (proposed systems are left out until an admin lists them), and held back wherever fewer
 * than {@code ccio.voice.minimum-raters} people rated. Every figure is defined in {@code
 * docs/metrics.md}.
 */
@Named
@ApplicationScoped
public class UsabilityFigures {

  @PersistenceContext private EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "ccio.voice.minimum-raters", defaultValue = "10")
  int minimumRaters;

  /**
   * The figures of one group (a product, a supplier, a region or organisation): {@code summary} and
   * the three other figures are null when too few people rated to publish them.
   */
  public record Group(
      String key,
      String label,
      String detail,
      long raters,
      PublishedFigures.Summary summary,
      BigDecimal minutesLost,
      Integer recommendPercent,
      Integer enoughTrainingPercent) {

    public boolean isPublished() {
      return summary != null;
    }
  }

  /** How many ratings fall in a band of ten points of the score ("60 to under 70"). */
  public record Band(int from, int to, long ratings) {
    public String label() {
      return to == 100 ? from + " to 100" : from + " to under " + to;
    }
  }

  /** A quarter's figures: {@code mean} is null when too few people rated in it. */
  public record Quarter(String label, long raters, BigDecimal mean) {}

  /** A comment published for reviewers, with the quarter it was written in and never a name. */
  public record Comment(String system, String quarter, String text) {}

  /** The fewest people whose ratings are published as a group. */
  public int getMinimumRaters() {
    // a setting below 2 would publish a single person's rating: 2 is the least ever used
    return Math.max(2, minimumRaters);
  }

  /** Each product rated in the area, by product name. */
  public List<Group> byProduct(Area area) {
    return cached(new Key("product", area, 0, null), () -> computeByProduct(area));
  }

  /** Each supplier rated in the area (over all its products), by name. */
  public List<Group> bySupplier(Area area) {
    return cached(new Key("supplier", area, 0, null), () -> computeBySupplier(area));
  }

  /**
   * One product's figures in each region ({@code kind} REGION) or organisation (ORGANISATION)
   * within {@code within} (the whole country, or a reviewer's region).
   */
  public List<Group> byArea(long systemId, Area.Kind kind, Area within) {
    return cached(
        new Key("area", within, systemId, kind), () -> computeByArea(systemId, kind, within));
  }

  /** The scores of one product in the area in bands of ten, when its figures are published. */
  public List<Band> distribution(long systemId, Area area) {
    return cached(
        new Key("distribution", area, systemId, null), () -> computeDistribution(systemId, area));
  }

  /**
   * One product's mean score in each quarter (UK time) in which anyone in the area rated it: each
   * person's last rating of the quarter, replaced or not, counts once.
   */
  public List<Quarter> trend(long systemId, Area area) {
    return cached(new Key("trend", area, systemId, null), () -> computeTrend(systemId, area));
  }

  /** What a cached figure was asked for with. */
  private record Key(String what, Area area, long systemId, Area.Kind kind) {}

  /** A figure and the state of the ratings it was computed from. */
  private record Cached(String fingerprint, Object value) {}

  /** The figures computed last, the least recently used dropped beyond {@link #CACHED}. */
  private final Map<Key, Cached> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
              return size() > CACHED;
            }
          });

  private static final int CACHED = 1000;

  /**
   * Figures are computed again only when the ratings or the list of systems changed since: a new
   * rating, a replacement, a merge, an erasure or a change to the list changes the fingerprint (the
   * number of rows, the highest id and the sum of row versions), on this instance or any other. One
   * scan of the ratings (about 19 ms for 150,000) instead of each aggregate (about 300 ms each:
   * docs/benchmarks.md). A fingerprint read before the figures can only make the next reader
   * compute them again, never serve old ones.
   */
  private String fingerprint() {
    // one read a transaction: a page asks for several figures, all from the same ratings
    if (transactions.getTransactionKey() != null) {
      Object known = transactions.getResource(FINGERPRINT);
      if (known != null) {
        return (String) known;
      }
      String now = readFingerprint();
      transactions.putResource(FINGERPRINT, now);
      return now;
    }
    return readFingerprint();
  }

  private static final String FINGERPRINT = UsabilityFigures.class.getName() + ".fingerprint";

  private String readFingerprint() {
    return (String)
        em.createNativeQuery(
                "select (select count(*) || ':' || coalesce(max(id), 0) || ':'"
                    + " || coalesce(sum(version), 0) from system_rating) || '/'"
                    + " || (select count(*) || ':' || coalesce(max(id), 0) || ':'"
                    + " || coalesce(sum(version), 0) from clinical_system)")
            .getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(Key key, Supplier<T> compute) {
    String now = fingerprint();
    Cached c = cache.get(key);
    if (c != null && c.fingerprint().equals(now)) {
      return (T) c.value();
    }
    T value = compute.get();
    cache.put(key, new Cached(now, value));
    return value;
  }

  private static final String CURRENT =
      "select r.user_id, r.system_id, r.sus_score, r.minutes_lost, r.training, r.recommend,"
          + " r.region, r.ods_code, s.product, s.supplier"
          + " from system_rating r join clinical_system s on s.id = r.system_id"
          + " where r.replaced_at is null and s.status <> 'PROPOSED' and "
          + Area.WHERE;

  private static final String FIGURES =
      " count(distinct c.user_id), count(*), avg(c.sus_score),"
          + " percentile_cont(0.5) within group (order by c.sus_score),"
          + " coalesce(stddev_samp(c.sus_score), 0), round(avg(c.minutes_lost), 1),"
          + " round(100.0 * count(*) filter (where c.recommend = 'YES') / count(*)),"
          + " round(100.0 * count(*) filter (where c.training = 'ENOUGH') / count(*))";

  private List<Group> computeByProduct(Area area) {
    return groups(
        area(
            em.createNativeQuery(
                "with c as ("
                    + CURRENT
                    + ") select c.system_id::text, c.product, c.supplier,"
                    + FIGURES
                    + " from c group by c.system_id, c.product, c.supplier"
                    + " order by lower(c.product), lower(c.supplier)"),
            area));
  }

  private List<Group> computeBySupplier(Area area) {
    return groups(
        area(
            em.createNativeQuery(
                "with c as ("
                    + CURRENT
                    + ") select lower(c.supplier), min(c.supplier),"
                    + " string_agg(distinct c.product, ', '),"
                    + FIGURES
                    + " from c group by lower(c.supplier) order by lower(c.supplier)"),
            area));
  }

  private List<Group> computeByArea(long systemId, Area.Kind kind, Area within) {
    String column = kind == Area.Kind.REGION ? "c.region" : "c.ods_code";
    List<Group> groups =
        groups(
            area(
                    em.createNativeQuery(
                        "with c as ("
                            + CURRENT
                            + " and r.system_id = ?3) select "
                            + column
                            + ", "
                            + column
                            + ", null,"
                            + FIGURES
                            + " from c where "
                            + column
                            + " is not null group by "
                            + column
                            + " order by "
                            + column),
                    within)
                .setParameter(3, systemId));
    if (kind != Area.Kind.REGION) {
      return groups;
    }
    return groups.stream()
        .map(
            g ->
                new Group(
                    g.key(),
                    Area.regionLabel(g.key()),
                    g.detail(),
                    g.raters(),
                    g.summary(),
                    g.minutesLost(),
                    g.recommendPercent(),
                    g.enoughTrainingPercent()))
        .toList();
  }

  /** One product's figures in the area, if anyone there rated it. */
  public Optional<Group> product(long systemId, Area area) {
    return byProduct(area).stream()
        .filter(g -> g.key().equals(Long.toString(systemId)))
        .findFirst();
  }

  private List<Band> computeDistribution(long systemId, Area area) {
    if (product(systemId, area).filter(Group::isPublished).isEmpty()) {
      return List.of();
    }
    List<Row> rows =
        Row.list(
            area(
                    em.createNativeQuery(
                        "with c as ("
                            + CURRENT
                            + " and r.system_id = ?3)"
                            + " select b, count(c.sus_score) from generate_series(0, 9) b"
                            + " left join c on least(floor(c.sus_score / 10), 9) = b"
                            + " group by b order by b"),
                    area)
                .setParameter(3, systemId));
    return rows.stream()
        .map(r -> new Band(r.intAt(0) * 10, r.intAt(0) * 10 + 10, r.longAt(1)))
        .toList();
  }

  private List<Quarter> computeTrend(long systemId, Area area) {
    List<Row> rows =
        Row.list(
            area(
                    em.createNativeQuery(
                        "with q as (select distinct on (x.user_id, x.quarter) x.user_id, x.sus_score,"
                            + " x.quarter from (select r.user_id, r.sus_score, r.rated_at, r.id,"
                            + " date_trunc('quarter', r.rated_at at time zone 'Europe/London')"
                            + " as quarter from system_rating r"
                            + " join clinical_system s on s.id = r.system_id"
                            + " where r.system_id = ?3 and s.status <> 'PROPOSED' and "
                            + Area.WHERE
                            + ") x order by x.user_id, x.quarter, x.rated_at desc, x.id desc)"
                            + " select extract(year from quarter)::int,"
                            + " extract(quarter from quarter)::int,"
                            + " count(*), avg(sus_score) from q group by quarter order by quarter"),
                    area)
                .setParameter(3, systemId));
    List<Quarter> quarters = new ArrayList<>();
    for (Row r : rows) {
      long raters = r.longAt(2);
      quarters.add(
          new Quarter(
              r.intAt(0) + " Q" + r.intAt(1),
              raters,
              PublishedFigures.publishable(raters, getMinimumRaters())
                  ? r.decimalAt(3).setScale(1, RoundingMode.HALF_UP)
                  : null));
    }
    return List.copyOf(quarters);
  }

  /**
   * The published comments on a product in the area, newest first, a page at a time: only where the
   * product's figures in the area are published, so a comment cannot single out its author.
   */
  public List<Comment> comments(long systemId, Area area, int first, int n) {
    if (product(systemId, area).filter(Group::isPublished).isEmpty()) {
      return List.of();
    }
    return Row.list(
            area(
                    em.createNativeQuery(
                        "select s.product || ' (' || s.supplier || ')',"
                            + " extract(year from r.rated_at at time zone 'Europe/London')::int"
                            + " || ' Q' || extract(quarter from r.rated_at at time zone"
                            + " 'Europe/London')::int, r.published_comment"
                            + " from system_rating r join clinical_system s on s.id = r.system_id"
                            + " where r.system_id = ?3 and r.replaced_at is null"
                            + " and r.comment_status = 'PUBLISHED' and "
                            + Area.WHERE
                            + " order by r.rated_at desc, r.id desc offset ?4 limit ?5"),
                    area)
                .setParameter(3, systemId)
                .setParameter(4, first)
                .setParameter(5, n))
        .stream()
        .map(r -> new Comment(r.stringAt(0), r.stringAt(1), r.stringAt(2)))
        .toList();
  }

  private static Query area(Query q, Area area) {
    return q.setParameter(1, area.kind().name()).setParameter(2, area.code());
  }

  private List<Group> groups(Query q) {
    List<Group> groups = new ArrayList<>();
    for (Row r : Row.list(q)) {
      long raters = r.longAt(3);
      Optional<PublishedFigures.Summary> s =
          PublishedFigures.of(
              raters,
              r.longAt(4),
              r.decimalAt(5).doubleValue(),
              ((Number) r.at(6)).doubleValue(),
              r.decimalAt(7).doubleValue(),
              getMinimumRaters());
      groups.add(
          new Group(
              r.stringAt(0),
              r.stringAt(1),
              r.stringAt(2),
              raters,
              s.orElse(null),
              s.isPresent() ? r.decimalAt(8) : null,
              s.isPresent() ? r.intAt(9) : null,
              s.isPresent() ? r.intAt(10) : null));
    }
    return List.copyOf(groups);
  }
}
