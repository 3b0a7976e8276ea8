package org.ccioacademy.events.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.events.CpdCredits;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.ProfessionalProfile;
import org.ccioacademy.identity.Regulator;
import org.ccioacademy.platform.web.UkTime;

/**
 * A trainee's attendance at event sessions and the CPD it counts for, as their regulator counts it:
 * credits under the RCP's rules for doctors, hours (and participatory hours) for everyone else.
 */
@Named
@RequestScoped
public class AttendanceView {

  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;

  private List<Attendance.Attended> sessions;
  private List<CpdCredits.Day> days;
  private int credits;
  private int participatoryCredits;
  private BigDecimal hours = BigDecimal.ZERO;
  private BigDecimal participatoryHours = BigDecimal.ZERO;
  private Regulator regulator;

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
        hours = hours.add(a.cpdHours());
        if (a.participatory()) {
          participatory.add(one);
          participatoryHours = participatoryHours.add(a.cpdHours());
        }
      }
    }
    days = new ArrayList<>(CpdCredits.byDay(counted).values());
    credits = CpdCredits.total(counted);
    participatoryCredits = CpdCredits.total(participatory);
    ProfessionalProfile profile = currentUser.getAccount().getProfile();
    regulator = profile == null ? null : profile.getRegulator();
  }

  /** Whether CPD is counted as doctors count it, in RCP credits (else in hours). */
  public boolean isCountedInCredits() {
    return regulator == Regulator.GMC;
  }

  public boolean isNmc() {
    return regulator == Regulator.NMC;
  }

  public String getHours() {
    return hours.stripTrailingZeros().toPlainString();
  }

  public String getParticipatoryHours() {
    return participatoryHours.stripTrailingZeros().toPlainString();
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
