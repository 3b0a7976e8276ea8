package org.ccioacademy.voice.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.platform.web.TableExport;
import org.ccioacademy.voice.Area;
import org.ccioacademy.voice.ClinicalSystem;
import org.ccioacademy.voice.ClinicalSystems;
import org.ccioacademy.voice.UsabilityFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The national usability figures of clinical systems, public (no sign-in): the same figures as the
 * page /usability, with the same rule that a group fewer than the minimum number of people rated is
 * given without figures.
 */
@Path("usability")
@RequestScoped
@PermitAll
@Tag(name = "Usability of clinical systems")
// public: no sign-in asked
@SecurityRequirementsSet
public class UsabilityResource {

  @Inject UsabilityFigures figures;
  @Inject ClinicalSystems systems;

  /**
   * One group's figures; every figure is null (and {@code published} false) where fewer than the
   * minimum number of people rated.
   */
  @Schema(description = "The figures of one product or supplier, England")
  public record GroupFigures(
      @Schema(
              description =
                  "The product's id (for a product), or the supplier's name in lower case")
          String key,
      @Schema(description = "The product's or supplier's name") String name,
      @Schema(description = "The supplier (for a product), or the supplier's products")
          String detail,
      @Schema(description = "Whether figures are given: at least minimumRaters people rated")
          boolean published,
      @Schema(description = "People who rated it (only when published)") Long raters,
      @Schema(description = "Mean SUS score, 0 to 100") BigDecimal meanSus,
      @Schema(description = "Lower end of the mean's 95% confidence interval") BigDecimal ciLow,
      @Schema(description = "Upper end of the mean's 95% confidence interval") BigDecimal ciHigh,
      @Schema(description = "Median SUS score") BigDecimal medianSus,
      @Schema(description = "Mean minutes lost to it in a typical shift") BigDecimal minutesLost,
      @Schema(description = "Per cent who would recommend it") Integer recommendPercent,
      @Schema(description = "Per cent who had enough training on it")
          Integer enoughTrainingPercent) {

    static GroupFigures of(UsabilityFigures.Group g) {
      var s = g.summary();
      return new GroupFigures(
          g.key(),
          g.label(),
          g.detail(),
          g.isPublished(),
          g.isPublished() ? g.raters() : null,
          s == null ? null : s.mean(),
          s == null ? null : s.low(),
          s == null ? null : s.high(),
          s == null ? null : s.median(),
          g.minutesLost(),
          g.recommendPercent(),
          g.enoughTrainingPercent());
    }
  }

  /** The national figures by product and by supplier. */
  @Schema(description = "Usability figures of clinical systems, England")
  public record NationalFigures(
      @Schema(description = "The fewest people whose ratings are published as a group")
          int minimumRaters,
      List<GroupFigures> products,
      List<GroupFigures> suppliers) {}

  /** A quarter's mean, null where too few people rated in it. */
  public record QuarterFigures(String quarter, BigDecimal meanSus) {}

  /** A band of ten SUS points and how many ratings fall in it. */
  public record BandFigures(int from, int to, long ratings) {}

  /** One product: its figures, the spread of its scores and its trend. */
  public record ProductFigures(
      int minimumRaters,
      GroupFigures figures,
      List<BandFigures> distribution,
      List<QuarterFigures> trend) {}

  @GET
  @Path("figures")
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "The national usability figures of clinical systems, by product and supplier")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NationalFigures.class)))
  @APIResponse(responseCode = "406", description = "Asked for a format other than JSON")
  public NationalFigures national() {
    return new NationalFigures(
        figures.getMinimumRaters(),
        figures.byProduct(Area.NATIONAL).stream().map(GroupFigures::of).toList(),
        figures.bySupplier(Area.NATIONAL).stream().map(GroupFigures::of).toList());
  }

  @GET
  @Path("figures/{system}")
  @Produces(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "One product's national figures, the spread of its scores and its trend")
  @APIResponse(
      responseCode = "200",
      description = "The product's figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProductFigures.class)))
  @APIResponse(responseCode = "404", description = "No such product on the list")
  public ProductFigures product(@PathParam("system") String system) {
    long id;
    try {
      id = Long.parseLong(system);
    } catch (NumberFormatException e) {
      throw new NotFoundException("No such system");
    }
    ClinicalSystem s =
        systems
            .find(id)
            .filter(x -> x.getStatus() != ClinicalSystem.Status.PROPOSED)
            .orElseThrow(() -> new NotFoundException("No such system"));
    UsabilityFigures.Group g =
        figures
            .product(id, Area.NATIONAL)
            .orElse(
                new UsabilityFigures.Group(
                    Long.toString(id), s.getProduct(), s.getSupplier(), 0, null, null, null, null));
    return new ProductFigures(
        figures.getMinimumRaters(),
        GroupFigures.of(g),
        figures.distribution(id, Area.NATIONAL).stream()
            .map(b -> new BandFigures(b.from(), b.to(), b.ratings()))
            .toList(),
        figures.trend(id, Area.NATIONAL).stream()
            .map(q -> new QuarterFigures(q.label(), q.mean()))
            .toList());
  }

  @GET
  @Path("figures.csv")
  @Produces("text/csv")
  @Transactional
  @Operation(summary = "The national figures by product and by supplier, as CSV")
  @APIResponse(responseCode = "200", description = "A CSV file, one row a product or supplier")
  @APIResponse(responseCode = "406", description = "Asked for a format other than CSV")
  public Response csv() {
    List<Object[]> rows = new ArrayList<>();
    for (UsabilityFigures.Group g : figures.byProduct(Area.NATIONAL)) {
      rows.add(cells("Product", g));
    }
    for (UsabilityFigures.Group g : figures.bySupplier(Area.NATIONAL)) {
      rows.add(cells("Supplier", g));
    }
    return TableExport.of(
        "csv",
        "clinical-systems-usability",
        List.of(
            "Group",
            "Name",
            "Supplier or products",
            "People who rated",
            "Mean SUS",
            "95% CI low",
            "95% CI high",
            "Median SUS",
            "Minutes lost a shift",
            "Would recommend (%)",
            "Enough training (%)",
            "Note"),
        rows,
        r -> r);
  }

  private Object[] cells(String group, UsabilityFigures.Group g) {
    GroupFigures f = GroupFigures.of(g);
    return new Object[] {
      group,
      f.name(),
      f.detail(),
      f.raters(),
      f.meanSus(),
      f.ciLow(),
      f.ciHigh(),
      f.medianSus(),
      f.minutesLost(),
      f.recommendPercent(),
      f.enoughTrainingPercent(),
      f.published()
          ? ""
          : "Fewer than " + figures.getMinimumRaters() + " people rated it: not shown"
    };
  }
}
