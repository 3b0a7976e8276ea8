package org.ccioacademy.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.review.ReviewerScopes;
import org.ccioacademy.review.TraineeRecords;
import org.omnifaces.util.Faces;

/** One trainee's record, read-only, for a reviewer whose scope covers them (else 404). */
@Named
@RequestScoped
public class TraineeView {

  @Inject TraineeRecords records;
  @Inject ReviewerScopes scopes;
  @Inject CurrentUser currentUser;

  private String id;
  private TraineeRecords.Record record;

  public void load() {
    var scope = scopes.of(currentUser.id(), currentUser.getAccount().getRoles());
    record =
        id != null && id.matches("\\d{1,18}")
            ? records.find(scope, Long.parseLong(id)).orElse(null)
            : null;
    if (record == null) {
      Faces.responseSendError(404, "No such trainee");
    }
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public TraineeRecords.Record getRecord() {
    return record;
  }
}
