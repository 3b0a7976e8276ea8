package org.ccioacademy.portfolio.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.api.Downloads;
import org.ccioacademy.platform.api.RestApplication;
import org.ccioacademy.platform.web.TableExport;
import org.ccioacademy.platform.web.UkTime;
import org.ccioacademy.portfolio.CpdMethod;
import org.ccioacademy.portfolio.Portfolio;
import org.ccioacademy.portfolio.PortfolioLine;
import org.ccioacademy.portfolio.PortfolioPdf;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in trainee's CPD portfolio for a period, as CSV and PDF for appraisal and
 * revalidation, and the evidence files of their own records.
 */
@Path("portfolio")
@RequestScoped
@Tag(name = "CPD portfolio")
@SecurityRequirement(name = RestApplication.SESSION)
public class PortfolioResource {

  private static final int BATCH = 500;

  @Inject Portfolio portfolio;
  @Inject CurrentUser currentUser;

  @GET
  @Path("cpd.{kind}")
  @RolesAllowed("TRAINEE")
  @Operation(
      operationId = "cpdTable",
      summary =
          "The signed-in trainee's CPD records in a period (default: the last year), as CSV or as"
              + " an Excel workbook")
  public Response table(
      @Parameter(description = "csv or xlsx") @PathParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Portfolio.Period period = Portfolio.Period.parse(from, to, LocalDate.now(UkTime.UK));
    LocalDate start = period.from();
    LocalDate end = period.to();
    long trainee = currentUser.id();
    int[] first = {0};
    return TableExport.of(
        TableExport.kind(kind),
        "cpd-portfolio-" + start + "-to-" + end,
        List.of(
            "started",
            "ended",
            "method",
            "topic",
            "hours",
            "participatory",
            "reflection",
            "nmc code themes",
            "source",
            "evidence"),
        sink -> {
          List<PortfolioLine> page = portfolio.lines(trainee, start, end, first[0], BATCH);
          for (PortfolioLine l : page) {
            sink.row(
                l.startedOn().toString(),
                l.endedOn().toString(),
                CpdMethod.labelOf(l.method()),
                l.topic(),
                l.hours().stripTrailingZeros(),
                l.participatory() ? "yes" : "no",
                l.reflection(),
                l.codeThemes(),
                l.source(),
                l.evidenceName());
          }
          first[0] += page.size();
          return page.size() == BATCH;
        });
  }

  @GET
  @Path("cpd.pdf")
  @Produces("application/pdf")
  @RolesAllowed("TRAINEE")
  @Operation(
      operationId = "cpdPdf",
      summary = "The signed-in trainee's CPD portfolio for a period, as a PDF")
  public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
    Portfolio.Period period = Portfolio.Period.parse(from, to, LocalDate.now(UkTime.UK));
    LocalDate start = period.from();
    LocalDate end = period.to();
    List<PortfolioLine> all = new ArrayList<>();
    List<PortfolioLine> page;
    do {
      page = portfolio.lines(currentUser.id(), start, end, all.size(), 500);
      all.addAll(page);
    } while (page.size() == 500);
    var account = currentUser.getAccount();
    byte[] pdf =
        PortfolioPdf.render(
            account.getFullName(),
            account.getProfile() == null ? null : account.getProfile().describeRegistration(),
            start,
            end,
            portfolio.totals(currentUser.id(), start, end),
            all,
            provider);
    return Response.ok(pdf)
        .header(
            "Content-Disposition",
            "attachment; filename=\"cpd-portfolio-" + start + "-to-" + end + ".pdf\"")
        .build();
  }

  @GET
  @Path("evidence/{entry}")
  @RolesAllowed("TRAINEE")
  @Operation(summary = "The evidence file of one of the signed-in trainee's own CPD records")
  public Response evidence(@PathParam("entry") String entry) {
    if (entry == null || !entry.matches("\\d{1,18}")) {
      return Response.status(Response.Status.NOT_FOUND).build();
    }
    return portfolio
        .evidence(currentUser.id(), Long.parseLong(entry))
        .map(f -> Downloads.file(f.content(), f.mediaType(), f.name()))
        .orElse(Downloads.none());
  }

  @Inject
  @ConfigProperty(name = "ccio.certificates.provider", defaultValue = "CCIO Academy")
  String provider;
}
