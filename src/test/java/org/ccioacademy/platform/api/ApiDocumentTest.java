package org.ccioacademy.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says of each operation what the code enforces: an operation under {@code
 * RolesAllowed} declares the session scheme (and, under /api/review, the reviewer token), one under
 * {@code PermitAll} declares that it asks for nothing. The linter (HardeningIT) checks that every
 * operation declares something; this checks that what it declares is true.
 */
class ApiDocumentTest {

  @Test
  void everyOperationDeclaresTheSecurityItIsGiven() throws Exception {
    List<Class<?>> resources = resources();
    assertThat(resources).hasSizeGreaterThanOrEqualTo(10);
    List<String> wrong = new ArrayList<>();
    int operations = 0;
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        if (Stream.of(GET.class, POST.class, PUT.class, DELETE.class)
            .noneMatch(method::isAnnotationPresent)) {
          continue;
        }
        operations++;
        String name = resource.getSimpleName() + "." + method.getName();
        boolean isPublic =
            method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class)
                    && resource.isAnnotationPresent(PermitAll.class));
        boolean isProtected =
            method.isAnnotationPresent(RolesAllowed.class)
                || (!method.isAnnotationPresent(PermitAll.class)
                    && resource.isAnnotationPresent(RolesAllowed.class));
        if (isPublic == isProtected) {
          wrong.add(name + ": neither PermitAll nor RolesAllowed");
          continue;
        }
        AnnotatedElement declaring = declares(method) ? method : resource;
        Set<String> schemes = schemes(declaring);
        boolean declaredPublic =
            declaring.isAnnotationPresent(SecurityRequirementsSet.class)
                && declaring.getAnnotation(SecurityRequirementsSet.class).value().length == 0;
        if (isPublic && !(declaredPublic && schemes.isEmpty())) {
          wrong.add(name + ": public but declares " + schemes);
        }
        Set<String> expected =
            resource.getAnnotation(Path.class).value().equals("review")
                ? Set.of(RestApplication.SESSION, RestApplication.REVIEWER_TOKEN)
                : Set.of(RestApplication.SESSION);
        if (isProtected && !schemes.equals(expected)) {
          wrong.add(name + ": needs a sign-in but declares " + schemes);
        }
      }
    }
    assertThat(operations).isGreaterThanOrEqualTo(25);
    assertThat(wrong).isEmpty();
  }

  private static boolean declares(AnnotatedElement e) {
    return e.isAnnotationPresent(SecurityRequirement.class)
        || e.isAnnotationPresent(SecurityRequirements.class)
        || e.isAnnotationPresent(SecurityRequirementsSet.class);
  }

  private static Set<String> schemes(AnnotatedElement e) {
    return Stream.concat(
            Arrays.stream(e.getAnnotationsByType(SecurityRequirement.class)),
            Arrays.stream(e.getAnnotationsByType(SecurityRequirementsSet.class))
                .flatMap(set -> Arrays.stream(set.value())))
        .map(SecurityRequirement::name)
        .collect(Collectors.toSet());
  }

  /** Every JAX-RS resource class in the compiled application. */
  private static List<Class<?>> resources() throws IOException {
    java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      for (java.nio.file.Path file :
          files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        try {
          Class<?> c = Class.forName(name, false, ApiDocumentTest.class.getClassLoader());
          if (c.isAnnotationPresent(Path.class)) {
            found.add(c);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(name, e);
        }
      }
    }
    return found;
  }
}
