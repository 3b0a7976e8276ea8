package org.ccioacademy.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.CpdCredits;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.web.UkTime;

/** A trainee's attendance at event sessions and the CPD credits it earns (RCP rules). */
@Named
@RequestScoped
public class AttendanceView {

  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;

  private List<Attendance.Attended> sessions;
  private List<CpdCredits.Day> days;
  private int credits;
  private int participatoryCredits;

  public void load() {
    sessions = attendance.history(currentUser.id());
    List<CpdCredits.Attended> counted = new ArrayList<>();
    List<CpdCredits.Attended> participatory = new ArrayList<>();
    for (Attendance.Attended a : sessions) {
      if (a.status().countsForCpd()) {
        var one =
            new CpdCredits.Attended(
                a.startsAt().atZoneSameInstant(UkTime.UK).toLocalDate(), a.cpdHours());
        counted.add(one);
        if (a.participatory()) {
          participatory.add(one);
        }
      }
    }
    days = new ArrayList<>(CpdCredits.byDay(counted).values());
    credits = CpdCredits.total(counted);
    participatoryCredits = CpdCredits.total(participatory);
  }

  public List<Attendance.Attended> getSessions() {
    return sessions;
  }

  public List<CpdCredits.Day> getDays() {
    return days;
  }

  public int getCredits() {
    return credits;
  }

  public int getParticipatoryCredits() {
    return participatoryCredits;
  }
}
