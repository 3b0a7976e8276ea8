package org.ccioacademy.portfolio.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
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
import org.ccioacademy.portfolio.RevalidationForm;
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
  @Path("revalidation.{kind}")
  @RolesAllowed("TRAINEE")
  @Operation(
      operationId = "cpdForRevalidation",
      summary =
          "The signed-in trainee's CPD laid out as their regulator's revalidation asks (NMC: the"
              + " CPD record log over the 3-year cycle; GMC: a CPD diary in credits for the"
              + " appraisal year), with the totals, as CSV or an Excel workbook")
  public Response revalidation(
      @Parameter(description = "csv or xlsx") @PathParam("kind") String kind,
      @Parameter(description = "NMC or GMC; by default the trainee's own regulator")
          @QueryParam("form")
          String form) {
    var profile = currentUser.getAccount().getProfile();
    RevalidationForm f =
        "NMC".equals(form)
            ? RevalidationForm.NMC
            : "GMC".equals(form)
                ? RevalidationForm.GMC
                : RevalidationForm.of(profile == null ? null : profile.getRegulator());
    if (f == null) {
      throw new NotFoundException("No revalidation form is laid out for your regulator.");
    }
    long trainee = currentUser.id();
    Portfolio.Period period =
        f.period(LocalDate.now(UkTime.UK), portfolio.revalidationDue(trainee).orElse(null));
    LocalDate start = period.from();
    LocalDate end = period.to();
    Portfolio.Totals totals = portfolio.totals(trainee, start, end);
    int[] first = {0};
    int[] credits = {0};
    boolean[] done = {false};
    return TableExport.of(
        TableExport.kind(kind),
        f.fileName() + "-" + start + "-to-" + end,
        f.columns(),
        sink -> {
          if (done[0]) {
            return false;
          }
          List<PortfolioLine> page = portfolio.lines(trainee, start, end, first[0], BATCH);
          for (PortfolioLine l : page) {
            String dates =
                l.startedOn().equals(l.endedOn())
                    ? l.startedOn().toString()
                    : l.startedOn() + " to " + l.endedOn();
            String evidence = l.evidenceName() == null ? l.source() : l.evidenceName();
            if (f == RevalidationForm.NMC) {
              sink.row(
                  dates,
                  CpdMethod.labelOf(l.method()),
                  l.topic(),
                  l.codeThemes(),
                  l.hours().stripTrailingZeros(),
                  l.participatory() ? l.hours().stripTrailingZeros() : BigDecimal.ZERO,
                  evidence);
            } else {
              int c = RevalidationForm.credits(l.hours(), l.startedOn(), l.endedOn());
              credits[0] += c;
              sink.row(
                  dates, l.topic(), CpdMethod.labelOf(l.method()), c, l.reflection(), evidence);
            }
          }
          first[0] += page.size();
          if (page.size() == BATCH) {
            return true;
          }
          done[0] = true;
          sink.row();
          if (f == RevalidationForm.NMC) {
            sink.row(
                "Total, " + start + " to " + end,
                "",
                "",
                "",
                totals.hours().stripTrailingZeros(),
                totals.participatoryHours().stripTrailingZeros(),
                "");
            sink.row("Required for revalidation", "", "", "", 35, 20, "");
          } else {
            sink.row("Total, appraisal year " + start + " to " + end, "", "", credits[0], "", "");
            sink.row("Expected in a year (RCP)", "", "", RevalidationForm.CREDITS_A_YEAR, "", "");
          }
          return false;
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
