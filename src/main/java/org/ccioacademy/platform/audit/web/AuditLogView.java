package org.ccioacademy.platform.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccioacademy.platform.audit.AuditFilter;
import org.ccioacademy.platform.audit.AuditLine;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.audit.AuditSentences;
import org.ccioacademy.platform.web.FacesForms;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log for administrators: newest first, in sentences with names, filtered by dates,
 * action and person (from the page's address, so a filtered view can be bookmarked and exported),
 * paged in the database.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;
  @Inject AuditSentences sentences;

  private String from;
  private String to;
  private String action;
  private String person;
  private AuditFilter filter;
  private LazyDataModel<AuditLine> entries;
  private Map<String, String> actionChoices;
  private String exportQuery;

  /** Reads the filter from the address (the page's view action). */
  public void load() {
    boolean ok = true;
    LocalDate fromDate = null;
    LocalDate toDate = null;
    try {
      fromDate = date(from);
    } catch (DateTimeParseException e) {
      FacesForms.error("The first day is not a date: give it as year-month-day, e.g. 2026-12-01.");
      ok = false;
    }
    try {
      toDate = date(to);
    } catch (DateTimeParseException e) {
      FacesForms.error("The last day is not a date: give it as year-month-day, e.g. 2026-12-31.");
      ok = false;
    }
    if (ok && fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      FacesForms.error("The last day is before the first: nothing can match.");
    }
    filter = audit.filter(fromDate, toDate, action, person);
    actionChoices = new LinkedHashMap<>();
    actionChoices.put("read.", "Every look at or export of named data");
    actionChoices.put("user.", "Every change to an account");
    actionChoices.put("privacy.", "Every copy or erasure of a person's data");
    sentences.actions().forEach((code, s) -> actionChoices.put(code, code + ": " + s));
    exportQuery =
        param("from", from) + param("to", to) + param("action", action) + param("person", person);
    AuditFilter f = filter;
    entries =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(f);
          }

          @Override
          public List<AuditLine> load(
              int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return sentences.lines(audit.page(first, size, f));
          }

          @Override
          public String getRowKey(AuditLine line) {
            return String.valueOf(line.id());
          }
        };
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }

  private static String param(String name, String value) {
    return value == null || value.isBlank()
        ? ""
        : "&" + name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }

  public LazyDataModel<AuditLine> getEntries() {
    return entries;
  }

  public Map<String, String> getActionChoices() {
    return actionChoices;
  }

  /** The filter as query parameters for the export's address, each starting with "&". */
  public String getExportQuery() {
    return exportQuery;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }
}
