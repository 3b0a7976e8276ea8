package org.ccioacademy.lrs.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ccioacademy.lrs.LrsClient;
import org.ccioacademy.lrs.Multipart;
import org.ccioacademy.lrs.Signatures;
import org.ccioacademy.lrs.StatementFormat;
import org.ccioacademy.lrs.StatementQuery;
import org.ccioacademy.lrs.StatementRules;
import org.ccioacademy.lrs.StatementSearch;
import org.ccioacademy.lrs.Statements;
import org.ccioacademy.lrs.XapiException;
import org.ccioacademy.lrs.XapiFormats;
import org.ccioacademy.lrs.XapiJson;
import org.ccioacademy.lrs.XapiVersion;

/** The Statements resource: PUT and POST to store, GET (and HEAD) one or a query, paged. */
@ApplicationScoped
class StatementsEndpoint {

  static final String CONSISTENT = "X-Experience-API-Consistent-Through";

  @Inject Statements statements;
  @Inject StatementSearch search;

  void handle(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    switch (x.method) {
      case "PUT" -> put(x, v, client, response);
      case "POST" -> post(x, v, client, response);
      case "GET", "HEAD" -> get(x, v, client, response);
      default -> throw new XapiException(405, "Statements are stored (PUT, POST) and read (GET)");
    }
  }

  private void put(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    Map<String, String> p = x.parameters;
    if (!p.keySet().equals(Set.of("statementId"))) {
      throw XapiException.bad(
          p.containsKey("statementId")
              ? "A PUT of a statement takes only the statementId parameter"
              : "A PUT of a statement needs the statementId parameter");
    }
    String id = p.get("statementId");
    if (!XapiFormats.isUuid(id)) {
      throw XapiException.bad("statementId: \"" + id + "\" is not a UUID");
    }
    Sent sent = read(x, v);
    if (sent.list) {
      throw XapiException.bad("A PUT stores one statement, not an array");
    }
    JsonObject s = sent.statements.get(0);
    if (s.containsKey("id") && !s.getString("id").equalsIgnoreCase(id)) {
      throw XapiException.bad("The statement's id is not the statementId of the PUT");
    }
    s = Json.createObjectBuilder(s).add("id", id.toLowerCase(Locale.ROOT)).build();
    statements.store(List.of(s), client, v, sent.contents);
    response.setHeader(CONSISTENT, XapiFormats.format(search.consistentThrough()));
    response.setStatus(204);
  }

  private void post(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    if (!x.parameters.isEmpty()) {
      throw XapiException.bad("A POST of statements takes no parameters");
    }
    Sent sent = read(x, v);
    List<String> ids = statements.store(sent.statements, client, v, sent.contents);
    JsonArrayBuilder out = Json.createArrayBuilder();
    ids.forEach(out::add);
    response.setHeader(CONSISTENT, XapiFormats.format(search.consistentThrough()));
    Responses.json(response, 200, out.build().toString(), false);
  }

  /** What a PUT or POST sent: statements (checked), whether as an array, attachments' content. */
  private record Sent(
      List<JsonObject> statements, boolean list, Map<String, Statements.Content> contents) {}

  private Sent read(XapiRequest x, XapiVersion v) {
    String type = x.mediaType();
    String json;
    Map<String, Statements.Content> contents = new HashMap<>();
    if (type.equals("application/json")) {
      json = new String(x.body, StandardCharsets.UTF_8);
    } else if (type.equals("multipart/mixed")) {
      List<Multipart.Part> parts = Multipart.parse(x.body, Multipart.boundary(x.contentType()));
      if (parts.isEmpty()
          || parts.get(0).header("content-type") == null
          || !parts
              .get(0)
              .header("content-type")
              .toLowerCase(Locale.ROOT)
              .startsWith("application/json")) {
        throw XapiException.bad(
            "The first part of a multipart request must be the statements (application/json)");
      }
      json = new String(parts.get(0).content(), StandardCharsets.UTF_8);
      for (Multipart.Part part : parts.subList(1, parts.size())) {
        String hash = part.header("x-experience-api-hash");
        if (hash == null) {
          throw XapiException.bad("Each attachment part needs an X-Experience-API-Hash header");
        }
        if (!"binary".equalsIgnoreCase(part.header("content-transfer-encoding"))) {
          throw XapiException.bad("Each attachment part needs Content-Transfer-Encoding: binary");
        }
        String sha2 = hash.toLowerCase(Locale.ROOT);
        if (!Multipart.sha2Like(sha2, part.content()).equals(sha2)) {
          throw XapiException.bad(
              "An attachment part's content does not match its X-Experience-API-Hash");
        }
        String partType = part.header("content-type");
        contents.put(
            sha2,
            new Statements.Content(
                sha2, partType == null ? "application/octet-stream" : partType, part.content()));
      }
    } else {
      throw XapiException.bad(
          "Send statements as application/json, or multipart/mixed with attachments (not \""
              + x.contentType()
              + "\")");
    }
    JsonValue value = XapiJson.parse(json, "statements");
    List<JsonObject> list = new ArrayList<>();
    boolean array = value.getValueType() == JsonValue.ValueType.ARRAY;
    if (array) {
      if (value.asJsonArray().isEmpty()) {
        throw XapiException.bad("The array of statements is empty");
      }
      for (JsonValue s : value.asJsonArray()) {
        StatementRules.check(s, v);
        list.add(s.asJsonObject());
      }
    } else {
      StatementRules.check(value, v);
      list.add(value.asJsonObject());
    }
    for (JsonObject s : list) {
      Signatures.check(s, contents);
    }
    return new Sent(list, array, contents);
  }

  private void get(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    Map<String, String> p = new LinkedHashMap<>(x.parameters);
    response.setHeader(CONSISTENT, XapiFormats.format(search.consistentThrough()));
    boolean head = x.method.equals("HEAD");
    if (p.containsKey("statementId") || p.containsKey("voidedStatementId")) {
      one(x, p, client, response, head);
      return;
    }
    StatementQuery q = StatementQuery.of(p, null);
    page(x, q, client, response, head);
  }

  void more(XapiRequest x, XapiVersion v, LrsClient client, HttpServletResponse response)
      throws IOException {
    if (!x.method.equals("GET") && !x.method.equals("HEAD")) {
      throw new XapiException(405, "More statements are read with GET");
    }
    response.setHeader(CONSISTENT, XapiFormats.format(search.consistentThrough()));
    StatementQuery q = StatementQuery.ofMore(x.path.substring("/statements/more/".length()));
    page(x, q, client, response, x.method.equals("HEAD"));
  }

  private void one(
      XapiRequest x,
      Map<String, String> p,
      LrsClient client,
      HttpServletResponse response,
      boolean head)
      throws IOException {
    if (p.containsKey("statementId") && p.containsKey("voidedStatementId")) {
      throw XapiException.bad("Ask for statementId or voidedStatementId, not both");
    }
    for (String name : p.keySet()) {
      if (!Set.of("statementId", "voidedStatementId", "format", "attachments").contains(name)) {
        throw XapiException.bad(
            "A request for one statement takes only format and attachments besides its id, not \""
                + name
                + "\"");
      }
    }
    boolean voided = p.containsKey("voidedStatementId");
    String id = voided ? p.get("voidedStatementId") : p.get("statementId");
    StatementQuery shape = StatementQuery.of(withoutIds(p), null);
    Statements.Stored s =
        statements
            .one(id, voided, client)
            .orElseThrow(
                () ->
                    new XapiException(
                        404,
                        voided
                            ? "No voided statement has the id " + id
                            : "No statement (that is not voided) has the id " + id));
    Responses.lastModified(response, s.stored());
    JsonObject out = formatted(List.of(s), shape.format(), x).get(0);
    write(response, out.toString(), shape.attachments() ? List.of(s.seq()) : null, head);
  }

  private static Map<String, String> withoutIds(Map<String, String> p) {
    Map<String, String> rest = new LinkedHashMap<>(p);
    rest.remove("statementId");
    rest.remove("voidedStatementId");
    return rest;
  }

  private void page(
      XapiRequest x, StatementQuery q, LrsClient client, HttpServletResponse response, boolean head)
      throws IOException {
    StatementSearch.Page page = search.page(q, client);
    JsonArrayBuilder list = Json.createArrayBuilder();
    formatted(page.statements(), q.format(), x).forEach(list::add);
    String more =
        page.more()
            ? "/xapi/statements/more/"
                + q.more(page.statements().get(page.statements().size() - 1).seq())
            : "";
    OffsetDateTime last =
        page.statements().stream()
            .map(Statements.Stored::stored)
            .max(OffsetDateTime::compareTo)
            .orElse(null);
    if (last != null) {
      Responses.lastModified(response, last);
    }
    String json =
        Json.createObjectBuilder().add("statements", list).add("more", more).build().toString();
    write(
        response,
        json,
        q.attachments() ? page.statements().stream().map(Statements.Stored::seq).toList() : null,
        head);
  }

  private List<JsonObject> formatted(List<Statements.Stored> rows, String format, XapiRequest x) {
    List<JsonObject> parsed =
        rows.stream().map(r -> XapiJson.parse(r.json(), "statement").asJsonObject()).toList();
    if (format.equals("exact")) {
      return parsed;
    }
    Map<String, JsonObject> definitions = new HashMap<>();
    if (format.equals("canonical")) {
      List<String> ids =
          parsed.stream().flatMap(s -> StatementFormat.activityIds(s).stream()).distinct().toList();
      search
          .definitions(ids)
          .forEach((k, d) -> definitions.put(k, XapiJson.parse(d, "definition").asJsonObject()));
    }
    List<Locale.LanguageRange> languages;
    try {
      String accept = x.header("accept-language");
      languages = accept == null ? List.of() : Locale.LanguageRange.parse(accept);
    } catch (IllegalArgumentException e) {
      languages = List.of();
    }
    List<Locale.LanguageRange> ranges = languages;
    return parsed.stream().map(s -> StatementFormat.apply(s, format, definitions, ranges)).toList();
  }

  /** JSON, or multipart/mixed with the attachments of {@code seqs} after it. */
  private void write(HttpServletResponse response, String json, List<Long> seqs, boolean head)
      throws IOException {
    if (seqs == null) {
      Responses.json(response, 200, json, head);
      return;
    }
    String boundary = "xapi-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String crlf = "\r\n";
    out.write(
        ("--" + boundary + crlf + "Content-Type: application/json" + crlf + crlf + json + crlf)
            .getBytes(StandardCharsets.UTF_8));
    for (Statements.Content c : statements.attachments(seqs)) {
      out.write(
          ("--"
                  + boundary
                  + crlf
                  + "Content-Type: "
                  + c.contentType()
                  + crlf
                  + "Content-Transfer-Encoding: binary"
                  + crlf
                  + "X-Experience-API-Hash: "
                  + c.sha2()
                  + crlf
                  + crlf)
              .getBytes(StandardCharsets.UTF_8));
      out.write(c.bytes());
      out.write(crlf.getBytes(StandardCharsets.UTF_8));
    }
    out.write(("--" + boundary + "--" + crlf).getBytes(StandardCharsets.UTF_8));
    Responses.bytes(
        response, 200, "multipart/mixed; boundary=" + boundary, out.toByteArray(), head);
  }
}
