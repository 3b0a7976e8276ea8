package org.ccioacademy.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccioacademy.review.TraineeRecords;
import org.ccioacademy.review.Viewer;
import org.omnifaces.util.Faces;

/** One trainee's record, read-only, for a reviewer whose scope covers them (else 404). */
@Named
@RequestScoped
public class TraineeView {

  @Inject TraineeRecords records;
  @Inject Viewer viewer;

  private String id;
  private TraineeRecords.Record record;

  public void load() {
    var scope = viewer.scope();
    record =
        id != null && id.matches("\\d{1,18}")
            ? records.find(scope, Long.parseLong(id)).orElse(null)
            : null;
    if (record == null) {
      Faces.responseSendError(404, "No such trainee");
      return;
    }
    viewer.read("read.trainee", record.profile().userId(), "the trainee's record", 1);
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
