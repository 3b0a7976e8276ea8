package org.ccioacademy.lrs;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;

/**
 * A program that uses the LRS, as its credentials show it: what it may do, and the agent that
 * vouches for what it stores. A launch client (a cmi5 AU's session) may also be held to one actor,
 * registration and activity.
 */
public record LrsClient(
    long id,
    String name,
    String key,
    boolean mayRead,
    boolean mayWrite,
    boolean ownOnly,
    String homePage,
    String launchActorKey,
    String launchRegistration,
    String launchActivity,
    OffsetDateTime expiresAt) {

  /** The authority of the statements the client stores: an Agent with the client's account. */
  public JsonObject authority() {
    return Json.createObjectBuilder()
        .add("objectType", "Agent")
        .add("name", name)
        .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", key))
        .build();
  }

  /** A client for one launch of content (a cmi5 AU), not a program an admin made. */
  public boolean isLaunch() {
    return launchActorKey != null;
  }
}
