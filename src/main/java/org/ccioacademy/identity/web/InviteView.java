package org.ccioacademy.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.identity.Invitations;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * An administrator invites many people from a list: upload, see every line checked, then send every
 * invitation or none.
 */
@Named
@ViewScoped
public class InviteView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_BYTES = 2L * 1024 * 1024;

  @Inject CurrentUser currentUser;
  @Inject Invitations invitations;

  private transient Part file;
  private List<Invitations.Line> lines;
  private long problems;

  public String check() throws IOException {
    lines = null;
    if (file == null || file.getSize() == 0) {
      FacesForms.showErrors("list", Map.of("file", "Choose the list (a CSV file) to check."));
      return null;
    }
    if (file.getSize() > MAX_BYTES) {
      FacesForms.showErrors("list", Map.of("file", "The list is larger than 2 MB."));
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      lines = invitations.read(in.readAllBytes());
    } catch (InvalidInputException e) {
      FacesForms.showErrors("list", e.errors());
      return null;
    }
    problems = lines.stream().filter(l -> !l.problems().isEmpty()).count();
    return null;
  }

  public String send() {
    int sent;
    try {
      sent = invitations.inviteAll(currentUser.actor(), lines);
    } catch (InvalidInputException e) {
      FacesForms.showErrors("list", e.errors());
      return null;
    }
    FacesForms.flashInfo(
        sent
            + (sent == 1 ? " person has" : " people have")
            + " been invited: each has an account and an email with a link to choose their"
            + " password (or to sign in with their work account).");
    return "/admin/users?faces-redirect=true";
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<Invitations.Line> getLines() {
    return lines;
  }

  public long getProblems() {
    return problems;
  }
}
