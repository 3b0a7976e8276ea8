package org.ccioacademy.lrs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccioacademy.platform.web.PublicUrl;

/**
 * Our people as xAPI agents: each has an account on this site ({@code homePage} the site's address,
 * {@code name} "ccio-" and their number); a statement is ours to show a reviewer, export or erase
 * when its actor is that account or a person's e-mail address.
 */
@ApplicationScoped
public class StatementUsers {

  private static final Pattern NAME = Pattern.compile("ccio-(\\d{1,18})");

  @PersistenceContext EntityManager em;
  @Inject PublicUrl publicUrl;

  /** The agent of one of our people. */
  public JsonObject agent(long userId, String fullName) {
    return Json.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", fullName)
        .add(
            "account",
            Json.createObjectBuilder()
                .add("homePage", publicUrl.base())
                .add("name", "ccio-" + userId))
        .build();
  }

  /** The agent of one of our people, by their account (with their name as it is now). */
  public JsonObject agentOf(long userId) {
    List<?> names =
        em.createNativeQuery("select full_name from person where id = ?1")
            .setParameter(1, userId)
            .getResultList();
    return agent(userId, names.isEmpty() || names.get(0) == null ? "" : (String) names.get(0));
  }

  /** The key (as statements are found by) of one of our people's agent. */
  public String key(long userId) {
    return "account:" + publicUrl.base() + "|ccio-" + userId;
  }

  /** The person of ours a statement's actor is, if any. */
  public Long userOf(JsonValue actor) {
    if (actor == null || actor.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    JsonObject a = actor.asJsonObject();
    List<?> found = List.of();
    if (a.containsKey("account")) {
      JsonObject account = a.getJsonObject("account");
      Matcher m = NAME.matcher(account.getString("name"));
      if (account.getString("homePage").equals(publicUrl.base()) && m.matches()) {
        found =
            em.createNativeQuery("select id from person where id = ?1")
                .setParameter(1, Long.parseLong(m.group(1)))
                .getResultList();
      }
    } else if (a.containsKey("mbox")) {
      found =
          em.createNativeQuery("select id from person where lower(email) = ?1")
              .setParameter(
                  1, a.getString("mbox").substring("mailto:".length()).toLowerCase(Locale.ROOT))
              .getResultList();
    }
    return found.isEmpty() ? null : ((Number) found.get(0)).longValue();
  }
}
