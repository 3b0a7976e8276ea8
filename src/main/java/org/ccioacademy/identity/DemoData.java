package org.ccioacademy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.ccioacademy.platform.audit.Actor;
import org.ccioacademy.platform.audit.AuditLog;
import org.ccioacademy.platform.kernel.Role;
import org.ccioacademy.platform.security.PasswordHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only ({@code ccio.demo=true}, set by the launcher's {@code --demo}): one account per
 * role and a few dozen sample trainees across the regions, created once, and the demo sign-in
 * details printed at every start-up. Never runs otherwise.
 */
@Startup
@Singleton
@DependsOn("Database")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final int SAMPLE_TRAINEES = 60;

  @Inject
  @ConfigProperty(name = "ccio.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "ccio.demo.password", defaultValue = "ccio-demo-2026")
  String password;

  @Inject UserAccountRepository accounts;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @PersistenceContext EntityManager em;

  record DemoAccount(String email, String name, Role role) {}

  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount("trainee@demo.ccio.academy", "Priya Shah", Role.TRAINEE),
          new DemoAccount("tutor@demo.ccio.academy", "Dr Tom Hughes", Role.TUTOR),
          new DemoAccount("reviewer@demo.ccio.academy", "Grace Okafor", Role.REVIEWER),
          new DemoAccount("admin@demo.ccio.academy", "Sam Ellis", Role.ADMIN));

  @PostConstruct
  void create() {
    if (!demo) {
      return;
    }
    String hash = null;
    int created = 0;
    for (DemoAccount demoAccount : ACCOUNTS) {
      if (accounts.findByEmail(demoAccount.email()).isPresent()) {
        continue;
      }
      if (hash == null) {
        hash = hasher.hash(password.toCharArray());
      }
      UserAccount account =
          demoAccount.role() == Role.TRAINEE
              ? UserAccount.trainee(
                  demoAccount.email(),
                  demoAccount.name(),
                  hash,
                  ProfessionalProfile.of(
                      ProfessionalGroup.NURSE,
                      Profession.NURSE,
                      Grade.BAND_6,
                      "01A2345N",
                      "RTD",
                      Region.NORTH_EAST_AND_YORKSHIRE))
              : UserAccount.withRoles(
                  demoAccount.email(), demoAccount.name(), hash, Set.of(demoAccount.role()));
      accounts.add(account);
      audit.record(
          Actor.SYSTEM,
          "user.created",
          AccountService.TYPE,
          account.getId(),
          account.getEmail(),
          null,
          "demo account: " + account.describe());
      created++;
    }
    if (created > 0) {
      createSampleTrainees(hash);
    }
    StringBuilder banner =
        new StringBuilder(
            "\n\n  Demo mode: sign in at the address below with one of these accounts\n");
    for (DemoAccount a : ACCOUNTS) {
      banner.append(
          String.format(
              "    %-9s %-28s password: %s%n",
              a.role().getLabel().replace("Administrator", "Admin"), a.email(), password));
    }
    banner.append("  (demo accounts exist only in demo mode; never use it with real data)\n");
    LOG.info(banner.toString());
  }

  /** Realistic-looking trainees so lists, searches and paging have something to show. */
  private void createSampleTrainees(String hash) {
    String[] first = {
      "Amara", "Ben", "Chloe", "Daniel", "Ella", "Farhan", "Georgia", "Harry", "Isla", "Jamal",
      "Katie", "Liam", "Maya", "Nathan", "Olivia", "Patrick", "Ruth", "Sanjay", "Tara", "Usman"
    };
    String[] last = {
      "Adams",
      "Bhatt",
      "Campbell",
      "Davies",
      "Evans",
      "Fraser",
      "Green",
      "Hussain",
      "Iqbal",
      "Jones",
      "Khan",
      "Lewis",
      "Murphy",
      "Nowak",
      "O'Brien",
      "Patel",
      "Roberts",
      "Singh",
      "Thomas",
      "Williams"
    };
    String[] trusts = {"RTD", "RRV", "RJ1", "R0A", "RXH", "RHM", "RW6", "RK9", "RX1", "RGT"};
    Random random = new Random(2026);
    Profession[] professions = {
      Profession.DOCTOR,
      Profession.NURSE,
      Profession.MIDWIFE,
      Profession.PHYSIOTHERAPIST,
      Profession.PARAMEDIC,
      Profession.DIETITIAN,
      Profession.RADIOGRAPHER,
      Profession.OCCUPATIONAL_THERAPIST,
      Profession.PHARMACIST
    };
    for (int i = 0; i < SAMPLE_TRAINEES; i++) {
      String f = first[i % first.length];
      String l = last[(i * 7) % last.length];
      Profession p = professions[random.nextInt(professions.length)];
      List<Grade> grades =
          Grade.forGroup(p.group()).stream().filter(g -> g != Grade.NOT_APPLICABLE).toList();
      String number =
          switch (p.regulator()) {
            case GMC -> String.format("%07d", 1000000 + random.nextInt(8999999));
            case NMC ->
                String.format(
                    "%02d%c%04d%c",
                    random.nextInt(100),
                    (char) ('A' + random.nextInt(26)),
                    random.nextInt(10000),
                    (char) ('A' + random.nextInt(26)));
            case HCPC -> p.hcpcPrefix() + (10000 + random.nextInt(89999));
            default -> "2" + (100000 + random.nextInt(899999));
          };
      UserAccount trainee =
          UserAccount.trainee(
              String.format("%s.%s%d@example.nhs.uk", f, l.replace("'", ""), i)
                  .toLowerCase(Locale.ROOT),
              f + " " + l,
              hash,
              ProfessionalProfile.of(
                  p.group(),
                  p,
                  grades.get(random.nextInt(grades.size())),
                  number,
                  trusts[random.nextInt(trusts.length)],
                  Region.values()[random.nextInt(Region.values().length)]));
      em.persist(trainee);
    }
    em.flush();
  }
}
