package org.ccioacademy.lrs.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccioacademy.lrs.Agents;
import org.ccioacademy.lrs.Documents;
import org.ccioacademy.lrs.LrsClient;
import org.ccioacademy.lrs.StatementSearch;
import org.ccioacademy.lrs.XapiException;
import org.ccioacademy.lrs.XapiFormats;
import org.ccioacademy.lrs.XapiJson;
import org.ccioacademy.lrs.XapiVersion;

/**
 * The State, Activity Profile and Agent Profile resources (documents), and the Activities and
 * Agents resources.
 */
@ApplicationScoped
class DocumentsEndpoint {

  @Inject Documents documents;
  @Inject StatementSearch search;

  void state(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    Map<String, String> p = x.parameters;
    allow(p, Set.of("activityId", "agent", "registration", "stateId", "since"));
    String activity = iri(p, "activityId");
    String agent = required(p, "agent");
    JsonValue agentJson = XapiJson.parse(agent, "agent");
    String agentKey = Agents.agentParameter(agent, "agent");
    String registration = p.get("registration");
    if (registration != null && !XapiFormats.isUuid(registration)) {
      throw XapiException.bad("registration: \"" + registration + "\" is not a UUID");
    }
    Documents.Scope scope =
        new Documents.Scope(
            'S',
            activity,
            agentKey,
            agentJson,
            registration == null ? null : registration.toLowerCase(Locale.ROOT));
    handle(x, v, client, response, scope, "stateId", true);
  }

  void activityProfile(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    Map<String, String> p = x.parameters;
    allow(p, Set.of("activityId", "profileId", "since"));
    Documents.Scope scope = new Documents.Scope('A', iri(p, "activityId"), null, null, null);
    handle(x, v, client, response, scope, "profileId", false);
  }

  void agentProfile(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    Map<String, String> p = x.parameters;
    allow(p, Set.of("agent", "profileId", "since"));
    String agent = required(p, "agent");
    Documents.Scope scope =
        new Documents.Scope(
            'P', null, Agents.parameter(agent, "agent"), XapiJson.parse(agent, "agent"), null);
    handle(x, v, client, response, scope, "profileId", false);
  }

  private void handle(
      XapiRequest x,
      XapiVersion v,
      LrsClient client,
      HttpServletResponse response,
      Documents.Scope scope,
      String idName,
      boolean isState)
      throws IOException {
    if (client.isLaunch()
        && ((scope.activityId() != null && !scope.activityId().equals(client.launchActivity()))
            || (scope.agentKey() != null && !scope.agentKey().equals(client.launchActorKey())))) {
      throw new XapiException(
          403, "A cmi5 session reads and writes only its own learner's and AU's documents");
    }
    String id = x.parameters.get(idName);
    if (x.parameters.containsKey("since") && (id != null || !isRead(x))) {
      throw XapiException.bad("since is only for a GET of the list of document ids");
    }
    Documents.Preconditions pre =
        new Documents.Preconditions(x.header("if-match"), x.header("if-none-match"));
    switch (x.method) {
      case "GET", "HEAD" -> {
        boolean head = x.method.equals("HEAD");
        if (id == null) {
          OffsetDateTime since = null;
          if (x.parameters.containsKey("since")) {
            since =
                XapiFormats.timestamp(x.parameters.get("since"))
                    .orElseThrow(() -> XapiException.bad("since: is not an ISO 8601 timestamp"));
          }
          JsonArrayBuilder ids = Json.createArrayBuilder();
          documents.ids(scope, since).forEach(ids::add);
          Responses.json(response, 200, ids.build().toString(), head);
          return;
        }
        Documents.Document d =
            documents
                .get(scope, id)
                .orElseThrow(
                    () -> new XapiException(404, "No document has the " + idName + " " + id));
        response.setHeader("ETag", "\"" + d.etag() + "\"");
        Responses.lastModified(response, d.updated());
        Responses.bytes(response, 200, d.contentType(), d.content(), head);
      }
      case "PUT", "POST" -> {
        if (id == null) {
          throw XapiException.bad("A " + x.method + " of a document needs " + idName);
        }
        String type = x.contentType().isBlank() ? "application/octet-stream" : x.contentType();
        boolean required = !isState || v.is2();
        String etag =
            documents.write(
                scope,
                id,
                type,
                x.body,
                x.method.equals("POST"),
                pre,
                client,
                required,
                !isState && !v.is2());
        response.setHeader("ETag", "\"" + etag + "\"");
        response.setStatus(204);
      }
      case "DELETE" -> {
        if (id == null && !isState) {
          throw XapiException.bad("A DELETE of a profile needs " + idName);
        }
        documents.delete(scope, id, pre);
        response.setStatus(204);
      }
      default -> throw new XapiException(405, "Documents are read, put, posted and deleted");
    }
  }

  private static boolean isRead(XapiRequest x) {
    return x.method.equals("GET") || x.method.equals("HEAD");
  }

  void activity(XapiRequest x, LrsClient client, HttpServletResponse response) throws IOException {
    if (!isRead(x)) {
      throw new XapiException(405, "Activities are only read here");
    }
    allow(x.parameters, Set.of("activityId"));
    String id = iri(x.parameters, "activityId");
    JsonObjectBuilder b = Json.createObjectBuilder().add("objectType", "Activity").add("id", id);
    search
        .activity(id)
        .map(d -> XapiJson.parse(d, "definition").asJsonObject())
        .filter(d -> !d.isEmpty())
        .ifPresent(d -> b.add("definition", d));
    Responses.json(response, 200, b.build().toString(), x.method.equals("HEAD"));
  }

  void agent(XapiRequest x, HttpServletResponse response) throws IOException {
    if (!isRead(x)) {
      throw new XapiException(405, "Agents are only read here");
    }
    allow(x.parameters, Set.of("agent"));
    String agent = required(x.parameters, "agent");
    Agents.agentParameter(agent, "agent");
    JsonObject a = XapiJson.parse(agent, "agent").asJsonObject();
    JsonObjectBuilder person = Json.createObjectBuilder().add("objectType", "Person");
    for (String key : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
      if (a.containsKey(key)) {
        person.add(key, Json.createArrayBuilder().add(a.get(key)));
      }
    }
    Responses.json(response, 200, person.build().toString(), x.method.equals("HEAD"));
  }

  private static void allow(Map<String, String> p, Set<String> names) {
    for (String n : p.keySet()) {
      if (!names.contains(n)) {
        throw XapiException.bad("\"" + n + "\" is not a parameter of this resource");
      }
    }
  }

  private static String required(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null) {
      throw XapiException.bad("The " + name + " parameter is needed");
    }
    return v;
  }

  private static String iri(Map<String, String> p, String name) {
    String v = required(p, name);
    if (!XapiFormats.isIri(v)) {
      throw XapiException.bad(name + ": \"" + v + "\" is not an IRI");
    }
    return v;
  }
}
