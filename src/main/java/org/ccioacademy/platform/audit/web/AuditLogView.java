package org.ccioacademy.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccioacademy.platform.audit.AuditEntry;
import org.ccioacademy.platform.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for administrators, newest first, searchable, paged in the database. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog audit;

  private String text;
  private LazyDataModel<AuditEntry> entries;

  @PostConstruct
  void init() {
    entries =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(text);
          }

          @Override
          public List<AuditEntry> load(
              int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.page(first, size, text);
          }

          @Override
          public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
          }
        };
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
