package org.ccioacademy.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once before the first deployment: its
 * port is published as {@code ccio.test.smtpPort}, which arquillian.xml gives the servers under
 * test as {@code ccio.mail.port}. Tests read what the application sent.
 */
public final class TestMail {

  private static GreenMail greenMail;
  private static int port;

  private TestMail() {}

  public static synchronized void start() {
    if (greenMail != null) {
      return;
    }
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    System.setProperty("ccio.test.smtpPort", String.valueOf(port));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> greenMail.stop()));
  }

  /** The messages received for {@code to}, waiting up to {@code wait} for at least one. */
  public static List<MimeMessage> receivedBy(String to, Duration wait) throws Exception {
    long end = System.nanoTime() + wait.toNanos();
    while (true) {
      List<MimeMessage> mine =
          Arrays.stream(greenMail.getReceivedMessages()).filter(m -> addressedTo(m, to)).toList();
      if (!mine.isEmpty() || System.nanoTime() > end) {
        return mine;
      }
      Thread.sleep(200);
    }
  }

  /** Waits up to {@code wait} for a message to {@code to} whose subject is {@code subject}. */
  public static MimeMessage awaitSubject(String to, String subject, Duration wait)
      throws Exception {
    long end = System.nanoTime() + wait.toNanos();
    while (true) {
      for (MimeMessage m : receivedBy(to, Duration.ZERO)) {
        if (subject.equals(m.getSubject())) {
          return m;
        }
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("No email \"" + subject + "\" to " + to + " within " + wait);
      }
      Thread.sleep(200);
    }
  }

  private static boolean addressedTo(MimeMessage m, String to) {
    try {
      return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
    } catch (MessagingException e) {
      return false;
    }
  }

  /** Stops the server (to show mail is kept and retried while the mail server is down). */
  public static synchronized void stop() {
    greenMail.stop();
  }

  /** Starts it again on the same port. */
  public static synchronized void restart() {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }
}
