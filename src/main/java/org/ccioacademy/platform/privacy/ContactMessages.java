package org.ccioacademy.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ccioacademy.platform.kernel.FieldErrors;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.mail.Mail;
import org.ccioacademy.platform.security.ClientAddress;
import org.ccioacademy.platform.security.Throttle;
import org.ccioacademy.platform.security.Throttle.Hits;
import org.ccioacademy.platform.security.Throttle.Rule;

/**
 * The contact form: a message from anyone, signed in or not, emailed to the organisation running
 * the service (to its data protection officer for a data protection request) with the sender's
 * address to reply to. Throttled per client address and network, so the form cannot flood an inbox.
 */
@ApplicationScoped
public class ContactMessages {

  private static final Logger LOG = Logger.getLogger(ContactMessages.class.getName());
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final int MAX_MESSAGE = 5000;

  @Inject Mail mail;
  @Inject Organisation organisation;
  @Inject Throttle throttle;

  /** A message as typed; {@code signedInAs} is the sender's account label, if signed in. */
  public record Message(
      String name, String email, ContactTopic topic, String text, String signedInAs) {}

  /**
   * Sends a message.
   *
   * @throws InvalidInputException naming every field that is wrong, or the form when too many
   *     messages came from this address lately (nothing is sent)
   */
  @Transactional
  public void send(Message m, String clientAddress) {
    FieldErrors errors = new FieldErrors();
    if (m.name() == null || m.name().isBlank()) {
      errors.add("name", "Give your name, so we know whom to answer.");
    } else if (m.name().strip().length() > 200) {
      errors.add("name", "Your name can be at most 200 characters.");
    }
    if (m.email() == null || m.email().isBlank()) {
      errors.add("email", "Give your email address, so we can answer.");
    } else if (m.email().strip().length() > 254 || !EMAIL.matcher(m.email().strip()).matches()) {
      errors.add("email", "This is not an email address: it should look like name@example.nhs.uk.");
    }
    if (m.topic() == null) {
      errors.add("topic", "Choose what your message is about.");
    }
    if (m.text() == null || m.text().isBlank()) {
      errors.add("text", "Write your message.");
    } else if (m.text().length() > MAX_MESSAGE) {
      errors.add(
          "text",
          "Your message is "
              + m.text().length()
              + " characters long; it can be at most "
              + MAX_MESSAGE
              + ". Send the rest in a second message.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Map<Rule, Hits> hits =
        throttle.count(
            Map.of(
                Rule.CONTACT_ADDRESS,
                clientAddress,
                Rule.CONTACT_NETWORK,
                ClientAddress.network(clientAddress)));
    Optional<Instant> refused = Throttle.refusedUntil(hits.values());
    if (refused.isPresent()) {
      throttle.refused(Rule.CONTACT_ADDRESS);
      LOG.warning("Contact form refused from " + clientAddress + ": too many messages");
      throw InvalidInputException.of(
          "text",
          "Several messages have come from your connection in the last hour, so this one was not"
              + " sent. Try again later, or email "
              + organisation.getEmail()
              + ".");
    }
    String to =
        m.topic().forDataProtectionOfficer() ? organisation.getDpoEmail() : organisation.getEmail();
    String body =
        "A message sent with the contact form of CCIO Academy.\n\n"
            + "From: "
            + m.name().strip()
            + " <"
            + m.email().strip()
            + ">\n"
            + (m.signedInAs() == null ? "Not signed in\n" : "Signed in as " + m.signedInAs() + "\n")
            + "About: "
            + m.topic().label()
            + "\n\n"
            + m.text().strip()
            + "\n\nAnswer by writing to the sender's address above."
            + (m.topic().forDataProtectionOfficer()
                ? " A data protection request must be answered within one month of receipt."
                : "");
    mail.queue(to, "Contact form: " + m.topic().label(), body, "contact." + m.topic().name());
  }
}
