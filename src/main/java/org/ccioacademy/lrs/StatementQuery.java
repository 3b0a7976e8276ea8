package org.ccioacademy.lrs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A query of the Statements resource, from its parameters: each checked as the specification says
 * (a 400 naming the parameter), and the SQL that answers it, paged by the order statements were
 * stored in ({@code after}, from a {@code more} link).
 */
public record StatementQuery(
    String agentKey,
    boolean relatedAgents,
    String verb,
    String activity,
    boolean relatedActivities,
    String registration,
    OffsetDateTime since,
    OffsetDateTime until,
    int limit,
    String format,
    boolean attachments,
    boolean ascending,
    Long after,
    Map<String, String> parameters) {

  /** The most statements one page holds (and what "limit=0" asks for). */
  public static final int MAX_LIMIT = 500;

  private static final Set<String> NAMES =
      Set.of(
          "agent",
          "verb",
          "activity",
          "registration",
          "related_activities",
          "related_agents",
          "since",
          "until",
          "limit",
          "format",
          "attachments",
          "ascending");

  /** Reads a query from its parameters (each given once). */
  public static StatementQuery of(Map<String, String> p, Long after) {
    for (String name : p.keySet()) {
      if (!NAMES.contains(name)) {
        throw XapiException.bad("\"" + name + "\" is not a parameter of the Statements resource");
      }
    }
    String agent = p.containsKey("agent") ? Agents.parameter(p.get("agent"), "agent") : null;
    String verb = p.get("verb");
    if (verb != null && !XapiFormats.isIri(verb)) {
      throw XapiException.bad("verb: \"" + verb + "\" is not an IRI");
    }
    String activity = p.get("activity");
    if (activity != null && !XapiFormats.isIri(activity)) {
      throw XapiException.bad("activity: \"" + activity + "\" is not an IRI");
    }
    String registration = p.get("registration");
    if (registration != null && !XapiFormats.isUuid(registration)) {
      throw XapiException.bad("registration: \"" + registration + "\" is not a UUID");
    }
    int limit = 0;
    if (p.containsKey("limit")) {
      try {
        limit = Integer.parseInt(p.get("limit"));
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 0) {
        throw XapiException.bad("limit: must be a whole number, 0 or more");
      }
    }
    String format = p.getOrDefault("format", "exact");
    if (!Set.of("exact", "ids", "canonical").contains(format)) {
      throw XapiException.bad("format: must be exact, ids or canonical");
    }
    return new StatementQuery(
        agent,
        bool(p, "related_agents"),
        verb,
        activity,
        bool(p, "related_activities"),
        registration == null ? null : registration.toLowerCase(Locale.ROOT),
        time(p, "since"),
        time(p, "until"),
        limit == 0 || limit > MAX_LIMIT ? MAX_LIMIT : limit,
        format,
        bool(p, "attachments"),
        bool(p, "ascending"),
        after,
        new LinkedHashMap<>(p));
  }

  static boolean bool(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw XapiException.bad(name + ": must be true or false");
  }

  private static OffsetDateTime time(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null) {
      return null;
    }
    return XapiFormats.timestamp(v)
        .orElseThrow(
            () -> XapiException.bad(name + ": \"" + v + "\" is not an ISO 8601 timestamp"));
  }

  /** The SQL (with its values, in order) of one page, one more row than the page holds. */
  public Sql sql(LrsClient client) {
    StringBuilder where = new StringBuilder(" where not s.voided");
    List<Object> values = new ArrayList<>();
    if (agentKey != null) {
      key(
          where,
          values,
          relatedAgents ? StatementKeys.RELATED_AGENT : StatementKeys.AGENT,
          agentKey);
    }
    if (verb != null) {
      key(where, values, StatementKeys.VERB, verb);
    }
    if (activity != null) {
      key(
          where,
          values,
          relatedActivities ? StatementKeys.RELATED_ACTIVITY : StatementKeys.ACTIVITY,
          activity);
    }
    if (registration != null) {
      key(where, values, StatementKeys.REGISTRATION, registration);
    }
    if (since != null) {
      values.add(since);
      where.append(" and s.stored > ?").append(values.size());
    }
    if (until != null) {
      values.add(until);
      where.append(" and s.stored <= ?").append(values.size());
    }
    if (after != null) {
      values.add(after);
      where.append(ascending ? " and s.seq > ?" : " and s.seq < ?").append(values.size());
    }
    if (client.ownOnly()) {
      values.add(client.id());
      where.append(" and s.client_id = ?").append(values.size());
    }
    if (client.isLaunch()) {
      // a cmi5 session reads only its learner's statements
      key(where, values, StatementKeys.AGENT, client.launchActorKey());
    }
    values.add(limit + 1);
    String sql =
        "select s.seq, cast(s.statement as text), s.stored from lrs_statement s"
            + where
            + " order by s.seq"
            + (ascending ? "" : " desc")
            + " limit ?"
            + values.size();
    return new Sql(sql, values);
  }

  private static void key(StringBuilder where, List<Object> values, char kind, String value) {
    values.add(String.valueOf(kind));
    values.add(value);
    where
        .append(" and exists (select 1 from lrs_statement_key k where k.statement_seq = s.seq")
        .append(" and k.kind = ?")
        .append(values.size() - 1)
        .append(" and k.value = ?")
        .append(values.size())
        .append(")");
  }

  /** SQL and its values. */
  public record Sql(String text, List<Object> values) {}

  /** The opaque {@code more} token for the page after the one ending at {@code lastSeq}. */
  public String more(long lastSeq) {
    var b = Json.createObjectBuilder();
    parameters.forEach(b::add);
    String json = Json.createObjectBuilder().add("after", lastSeq).add("p", b).build().toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The query a {@code more} token continues. */
  public static StatementQuery ofMore(String token) {
    JsonObject o;
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      o = XapiJson.parse(text, "more").asJsonObject();
      Map<String, String> p = new LinkedHashMap<>();
      o.getJsonObject("p").forEach((k, v) -> p.put(k, ((JsonString) v).getString()));
      return of(p, o.getJsonNumber("after").longValueExact());
    } catch (IllegalArgumentException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | XapiException e) {
      throw new XapiException(404, "That is not a link to more statements this LRS gave");
    }
  }
}
