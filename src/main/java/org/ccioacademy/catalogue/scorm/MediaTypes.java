package org.ccioacademy.catalogue.scorm;

import java.util.Locale;
import java.util.Map;

/**
 * The media type a package's file is served with, by its extension: the types SCORM content uses
 * (pages, scripts, styles, images, audio, video, fonts, documents). Anything else is served as
 * {@code application/octet-stream}, so that no browser guesses (with {@code nosniff}).
 */
public final class MediaTypes {

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=UTF-8"),
          Map.entry("htm", "text/html; charset=UTF-8"),
          Map.entry("js", "text/javascript; charset=UTF-8"),
          Map.entry("mjs", "text/javascript; charset=UTF-8"),
          Map.entry("css", "text/css; charset=UTF-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("xsd", "application/xml"),
          Map.entry("txt", "text/plain; charset=UTF-8"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("wav", "audio/wav"),
          Map.entry("ogg", "audio/ogg"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("vtt", "text/vtt; charset=UTF-8"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("ttf", "font/ttf"),
          Map.entry("otf", "font/otf"),
          Map.entry("eot", "application/vnd.ms-fontobject"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("swf", "application/octet-stream"));

  private MediaTypes() {}

  public static String of(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash || dot == path.length() - 1) {
      return "application/octet-stream";
    }
    return BY_EXTENSION.getOrDefault(
        path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
  }
}
