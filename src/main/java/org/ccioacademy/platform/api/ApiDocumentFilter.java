package org.ccioacademy.platform.api;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.platform.web.PublicUrl;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the OpenAPI document Payara builds from the annotations (named in {@code
 * mp.openapi.filter}), so that it passes a standard linter (Redocly's recommended rules, run by
 * {@code HardeningIT}):
 *
 * <ul>
 *   <li>the one server is {@code ccio.public-url} (Payara would list the address of each HTTP
 *       listener as it saw it, with a trailing slash);
 *   <li>a tag that several resource classes name is listed once (Payara lists it once a class);
 *   <li>Payara's own {@code endpoints} list, which is not part of OpenAPI 3.0, is dropped;
 *   <li>a schema Payara made from a return type that no answer refers to (it wrote the answer out
 *       in full instead) is dropped from the components;
 *   <li>an operation that asks for a sign-in lists the 401 and 403 answers {@link RolesFilter}
 *       gives every such operation.
 * </ul>
 *
 * The security of each operation is declared where the operation is written (class or method
 * annotations), never added here by default.
 */
public class ApiDocumentFilter implements OASFilter {

  private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI api) {
    String publicUrl =
        ConfigProvider.getConfig()
            .getOptionalValue("ccio.public-url", String.class)
            .orElse("http://localhost:8080");
    api.setServers(
        List.of(
            OASFactory.createServer()
                .url(new PublicUrl(publicUrl).base())
                .description("This service (ccio.public-url)")));
    if (api.getTags() != null) {
      Map<String, Tag> byName = new LinkedHashMap<>();
      for (Tag tag : api.getTags()) {
        byName.merge(
            tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
      }
      api.setTags(new ArrayList<>(byName.values()));
    }
    if (api.getPaths() != null) {
      api.getPaths().getPathItems().values().stream()
          .flatMap(item -> item.getOperations().values().stream())
          .filter(ApiDocumentFilter::asksForSignIn)
          .forEach(
              operation -> {
                APIResponses responses = operation.getResponses();
                if (!responses.hasAPIResponse("401")) {
                  responses.addAPIResponse(
                      "401", OASFactory.createAPIResponse().description("Not signed in"));
                }
                if (!responses.hasAPIResponse("403")) {
                  responses.addAPIResponse(
                      "403",
                      OASFactory.createAPIResponse()
                          .description("Signed in without a role this needs"));
                }
              });
    }
    dropUnusedSchemas(api);
    dropPayaraEndpoints(api);
  }

  private static void dropUnusedSchemas(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> components = api.getComponents().getSchemas();
    Set<String> used = new HashSet<>();
    List<Schema> toVisit = new ArrayList<>(); // may hold nulls: skipped
    if (api.getPaths() != null) {
      api.getPaths().getPathItems().values().stream()
          .flatMap(item -> item.getOperations().values().stream())
          .forEach(
              operation -> {
                if (operation.getResponses() != null) {
                  operation.getResponses().getAPIResponses().values().stream()
                      .filter(r -> r.getContent() != null)
                      .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                      .map(MediaType::getSchema)
                      .forEach(toVisit::add);
                }
                if (operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null) {
                  operation.getRequestBody().getContent().getMediaTypes().values().stream()
                      .map(MediaType::getSchema)
                      .forEach(toVisit::add);
                }
                if (operation.getParameters() != null) {
                  operation.getParameters().forEach(p -> toVisit.add(p.getSchema()));
                }
              });
    }
    while (!toVisit.isEmpty()) {
      Schema schema = toVisit.remove(toVisit.size() - 1);
      if (schema == null) {
        continue;
      }
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (used.add(name) && components.containsKey(name)) {
          toVisit.add(components.get(name));
        }
      }
      toVisit.add(schema.getItems());
      if (schema.getProperties() != null) {
        toVisit.addAll(schema.getProperties().values());
      }
      for (List<Schema> group :
          Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (group != null) {
          toVisit.addAll(group);
        }
      }
    }
    for (String name : List.copyOf(components.keySet())) {
      if (!used.contains(name)) {
        api.getComponents().removeSchema(name);
      }
    }
  }

  private static boolean asksForSignIn(Operation operation) {
    return operation.getSecurity() != null
        && operation.getSecurity().stream()
            .anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
  }

  private static void dropPayaraEndpoints(OpenAPI api) {
    try {
      Method set = api.getClass().getMethod("setEndpoints", Map.class);
      set.invoke(api, new LinkedHashMap<String, Object>());
    } catch (NoSuchMethodException e) {
      // another server's model: nothing of Payara's to drop
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not drop Payara's endpoints list from the OpenAPI document", e);
    }
  }
}
