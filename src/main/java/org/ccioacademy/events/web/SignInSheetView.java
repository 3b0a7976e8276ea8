package org.ccioacademy.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccioacademy.events.Attendance;
import org.ccioacademy.identity.CurrentUser;
import org.ccioacademy.platform.kernel.InvalidInputException;
import org.ccioacademy.platform.kernel.NotAllowedException;
import org.ccioacademy.platform.web.FacesForms;

/**
 * The sign-in sheet tab of an organiser's event page: a sheet pasted or chosen as a CSV file is
 * previewed line by line, then imported whole or not at all.
 */
@Named
@ViewScoped
public class SignInSheetView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SignInSheetView.class.getName());
  static final long MAX_SHEET_BYTES = 1024 * 1024;

  @Inject ManageEventView manage;
  @Inject Attendance attendance;
  @Inject CurrentUser currentUser;

  private String sheet;
  private transient Part sheetFile;
  private transient Attendance.Preview preview;

  /**
   * Shows, line by line, what importing the sheet would record and what is wrong. A chosen file
   * takes the place of the text box, and its content is shown there.
   */
  public void previewSheet() {
    if (sheetFile != null && sheetFile.getSize() > 0) {
      if (sheetFile.getSize() > MAX_SHEET_BYTES) {
        FacesForms.error(
            "That file is larger than 1 MB: a sign-in sheet saved as CSV is far smaller. Check you"
                + " chose the right file. Nothing has been recorded.");
        return;
      }
      try {
        sheet = text(sheetFile.getInputStream().readAllBytes());
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Could not read an uploaded sign-in sheet", e);
        FacesForms.error("The file could not be read: please choose it again.");
        return;
      }
    }
    preview = attendance.preview(currentUser.caller(), manage.eventId(), sheet);
    if (preview.problem() != null) {
      FacesForms.error(preview.problem());
    } else if (!preview.importable()) {
      FacesForms.error(
          preview.problems()
              + (preview.problems() == 1 ? " line has a problem" : " lines have problems")
              + ": fix the sheet and preview it again. Nothing has been recorded.");
    }
  }

  /** A file's text: UTF-8 (with or without a byte order mark), else Windows-1252 as Excel saves. */
  static String text(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Imports the sheet: every line, or none if any has a problem. */
  public String importSheet() {
    try {
      int n = attendance.importSheet(currentUser.caller(), manage.eventId(), sheet);
      FacesForms.flashInfo(
          "Sign-in sheet imported: " + n + (n == 1 ? " mark" : " marks") + " recorded.");
      return manage.here();
    } catch (InvalidInputException e) {
      FacesForms.error(e.errors().get("sheet"));
      sheetFile = null;
      previewSheet();
      return null;
    } catch (NotAllowedException e) {
      FacesForms.error(e.getMessage());
      sheetFile = null;
      previewSheet();
      return null;
    }
  }

  public Attendance.Preview getPreview() {
    return preview;
  }

  public String getSheet() {
    return sheet;
  }

  public void setSheet(String sheet) {
    this.sheet = sheet;
  }

  public Part getSheetFile() {
    return sheetFile;
  }

  public void setSheetFile(Part sheetFile) {
    this.sheetFile = sheetFile;
  }
}
