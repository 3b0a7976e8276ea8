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
import org.ccioacademy.platform.web.Csv;
import org.ccioacademy.platform.web.UkTime;
import org.ccioacademy.portfolio.CpdMethod;
import org.ccioacademy.portfolio.Portfolio;
import org.ccioacademy.portfolio.PortfolioLine;
import org.ccioacademy.portfolio.PortfolioPdf;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

  @Inject Portfolio portfolio;
  @Inject CurrentUser currentUser;

  @GET
  @Path("cpd.csv")
  @Produces("text/csv; charset=UTF-8")
  @RolesAllowed("TRAINEE")
  @Operation(
      operationId = "cpdCsv",
      summary = "The signed-in trainee's CPD records in a period (default: the last year)")
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    Portfolio.Period period = Portfolio.Period.parse(from, to, LocalDate.now(UkTime.UK));
    LocalDate start = period.from();
    LocalDate end = period.to();
    StringBuilder csv =
        new StringBuilder(
            "\uFEFFstarted,ended,method,topic,hours,participatory,reflection,nmc code themes,source,evidence\r\n");
    int first = 0;
    List<PortfolioLine> page;
    do {
      page = portfolio.lines(currentUser.id(), start, end, first, 500);
      for (PortfolioLine l : page) {
        csv.append(l.startedOn())
            .append(',')
            .append(l.endedOn())
            .append(',')
            .append(Csv.cell(CpdMethod.labelOf(l.method())))
            .append(',')
            .append(Csv.cell(l.topic()))
            .append(',')
            .append(l.hours().stripTrailingZeros().toPlainString())
            .append(',')
            .append(l.participatory() ? "yes" : "no")
            .append(',')
            .append(Csv.cell(l.reflection()))
            .append(',')
            .append(Csv.cell(l.codeThemes()))
            .append(',')
            .append(Csv.cell(l.source()))
            .append(',')
            .append(Csv.cell(l.evidenceName()))
            .append("\r\n");
      }
      first += page.size();
    } while (page.size() == 500);
    return Response.ok(csv.toString())
        .header(
            "Content-Disposition",
            "attachment; filename=\"cpd-portfolio-" + start + "-to-" + end + ".csv\"")
        .build();
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
