package org.ccioacademy.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A browser without JavaScript for HTTP-level tests: keeps cookies, follows no redirect unless
 * asked, and submits Faces forms (view state included) as a browser would.
 */
public final class WebClient {

  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final Map<String, String> headers = new LinkedHashMap<>();

  public WebClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new AnySchemeCookies(cookies))
            .followRedirects(HttpClient.Redirect.NEVER)
            // as browsers speak to a plain-http site (no h2c upgrade)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Sends {@code X-Forwarded-For: address} with every request: a client at that address, as seen
   * through a trusted proxy (for a server with {@code ccio.http.trusted-proxies} set).
   */
  public WebClient from(String address) {
    headers.put("X-Forwarded-For", address);
    return this;
  }

  /**
   * Sends this header with every request from now on (as a browser sends Origin, say); a null value
   * stops sending it.
   */
  public WebClient header(String name, String value) {
    if (value == null) {
      headers.remove(name);
    } else {
      headers.put(name, value);
    }
    return this;
  }

  /**
   * Cookies as a browser behind a TLS-terminating proxy sends them: Secure ones too, although the
   * tests speak plain HTTP to the server (whose public address may be https). Safe for many threads
   * sharing one client: the JDK's cookie store hands out a view of its own list, which a response's
   * cookies change, so reading and storing take turns.
   */
  private static final class AnySchemeCookies extends CookieHandler {
    private final CookieManager store;

    AnySchemeCookies(CookieManager store) {
      this.store = store;
    }

    @Override
    public synchronized Map<String, List<String>> get(
        URI uri, Map<String, List<String>> requestHeaders) {
      String cookie =
          // one client talks to one server: every live cookie whose path matches
          store.getCookieStore().getCookies().stream()
              .filter(c -> !c.hasExpired())
              .filter(
                  c ->
                      c.getPath() == null
                          || (uri.getPath() != null && uri.getPath().startsWith(c.getPath())))
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      return cookie.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookie));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders)
        throws IOException {
      store.put(uri, responseHeaders);
    }
  }

  /** A response: status, headers and body. */
  public record Page(int status, HttpResponse<String> response) {
    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String location() {
      return header("Location");
    }

    public String viewState() {
      Matcher m = VIEW_STATE.matcher(body());
      if (!m.find()) {
        throw new AssertionError("No Faces form on this page (status " + status + "):\n" + body());
      }
      return m.group(1);
    }

    /** PrimeFaces' per-view CSP nonce, which its script sends back with every form post. */
    public String nonce() {
      Matcher m = NONCE.matcher(body());
      return m.find() ? m.group(1) : "";
    }
  }

  public URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  /** A GET whose body is bytes (a download), in this client's session. */
  public HttpResponse<byte[]> download(String path) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path));
      headers.forEach(request::header);
      return http.send(
          request.timeout(Duration.ofSeconds(60)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Follows redirects (up to 5) from a GET. */
  public Page follow(String path) {
    return follow(get(path));
  }

  public Page follow(Page page) {
    for (int i = 0; i < 5 && page.status() / 100 == 3; i++) {
      page = send(HttpRequest.newBuilder(base.resolve(page.location())).GET());
    }
    return page;
  }

  /**
   * Submits form {@code formId} of {@code page} (fetched from {@code path}) by pressing the button
   * {@code buttonId}, with the given field values (keys are field ids within the form).
   */
  public Page submit(
      String path, Page page, String formId, String buttonId, Map<String, String> fields) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put(formId, formId);
    fields.forEach((k, v) -> data.put(k.contains(":") ? k : formId + ":" + k, v));
    data.put(formId + ":" + buttonId, "");
    data.put("jakarta.faces.ViewState", page.viewState());
    data.put("primefaces.nonce", page.nonce());
    if (multipart(page, formId)) {
      return postMultipart(path, new ArrayList<>(data.entrySet()), null, null, null);
    }
    return post(path, data);
  }

  /** Whether the form is sent as multipart/form-data (it has a file input), as browsers do. */
  private static boolean multipart(Page page, String formId) {
    Element form = Jsoup.parse(page.body()).getElementById(formId);
    return form != null && form.attr("enctype").equalsIgnoreCase("multipart/form-data");
  }

  /**
   * Like {@link #submit} but a field may be given more than once (check boxes): each entry is a
   * field id and one value.
   */
  public Page submitAll(
      String path,
      Page page,
      String formId,
      String buttonId,
      List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> data = pressing(page, formId, buttonId, fields);
    if (multipart(page, formId)) {
      return postMultipart(path, data, null, null, null);
    }
    return postAll(path, data);
  }

  /** What a browser sends when button {@code buttonId} of form {@code formId} is pressed. */
  private static List<Map.Entry<String, String>> pressing(
      Page page, String formId, String buttonId, List<Map.Entry<String, String>> fields) {
    List<Map.Entry<String, String>> data = new ArrayList<>();
    data.add(Map.entry(formId, formId));
    fields.forEach(
        f ->
            data.add(
                Map.entry(
                    f.getKey().contains(":") ? f.getKey() : formId + ":" + f.getKey(),
                    f.getValue())));
    data.add(Map.entry(formId + ":" + buttonId, ""));
    data.add(Map.entry("jakarta.faces.ViewState", page.viewState()));
    data.add(Map.entry("primefaces.nonce", page.nonce()));
    return data;
  }

  /** Like {@link #submitAll}, with one file chosen in the form's file input {@code fileId}. */
  public Page submitAllWithFile(
      String path,
      Page page,
      String formId,
      String buttonId,
      List<Map.Entry<String, String>> fields,
      String fileId,
      String fileName,
      byte[] content) {
    List<Map.Entry<String, String>> data = pressing(page, formId, buttonId, fields);
    return postMultipart(path, data, formId + ":" + fileId, fileName, content);
  }

  /**
   * The fields of form {@code formId} as a browser would send them now (text, hidden, checked boxes
   * and radios, text areas, selected options), by full name; change them, then {@link #send}.
   */
  public Map<String, List<String>> form(Page page, String formId) {
    Document doc = Jsoup.parse(page.body());
    Element form = doc.getElementById(formId);
    if (form == null) {
      throw new IllegalStateException("No form " + formId + " in the page");
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (Element e : form.select("input[name], textarea[name], select[name]")) {
      String name = e.attr("name");
      String type = e.attr("type").toLowerCase();
      List<String> values = fields.computeIfAbsent(name, k -> new ArrayList<>());
      switch (e.tagName()) {
        case "textarea" -> values.add(e.wholeText());
        case "select" -> {
          Elements chosen = e.select("option[selected]");
          if (chosen.isEmpty() && !e.hasAttr("multiple") && !e.select("option").isEmpty()) {
            chosen = new Elements(e.select("option").first());
          }
          chosen.forEach(o -> values.add(o.attr("value")));
        }
        default -> {
          if (type.equals("submit")
              || type.equals("button")
              || type.equals("image")
              || type.equals("file")) {
            fields.remove(name);
          } else if (type.equals("checkbox") || type.equals("radio")) {
            if (e.hasAttr("checked")) {
              values.add(e.hasAttr("value") ? e.attr("value") : "on");
            }
          } else {
            values.add(e.attr("value"));
          }
        }
      }
    }
    fields.values().removeIf(List::isEmpty);
    return fields;
  }

  /** Sends a form read with {@link #form} (and changed) by pressing button {@code buttonName}. */
  public Page send(String path, Page page, Map<String, List<String>> fields, String buttonName) {
    List<Map.Entry<String, String>> data = new ArrayList<>();
    fields.forEach((k, vs) -> vs.forEach(v -> data.add(Map.entry(k, v))));
    data.removeIf(
        e -> e.getKey().equals("primefaces.nonce") || e.getKey().equals("jakarta.faces.ViewState"));
    data.add(Map.entry(buttonName, ""));
    data.add(Map.entry("jakarta.faces.ViewState", page.viewState()));
    data.add(Map.entry("primefaces.nonce", page.nonce()));
    String formId =
        buttonName.contains(":") ? buttonName.substring(0, buttonName.indexOf(':')) : "";
    if (multipart(page, formId)) {
      return postMultipart(path, data, null, null, null);
    }
    return postAll(path, data);
  }

  /**
   * Sends a form read with {@link #form} as multipart/form-data, as a browser does for a form with
   * a file input, with one file in field {@code fileField} (its full name).
   */
  public Page sendWithFile(
      String path,
      Page page,
      Map<String, List<String>> fields,
      String fileField,
      String fileName,
      byte[] content,
      String buttonName) {
    List<Map.Entry<String, String>> data = new ArrayList<>();
    fields.forEach((k, vs) -> vs.forEach(v -> data.add(Map.entry(k, v))));
    data.removeIf(
        e -> e.getKey().equals("primefaces.nonce") || e.getKey().equals("jakarta.faces.ViewState"));
    data.add(Map.entry(buttonName, ""));
    data.add(Map.entry("jakarta.faces.ViewState", page.viewState()));
    data.add(Map.entry("primefaces.nonce", page.nonce()));
    return postMultipart(path, data, fileField, fileName, content);
  }

  private Page postMultipart(
      String path,
      List<Map.Entry<String, String>> data,
      String fileField,
      String fileName,
      byte[] content) {
    String boundary = "----ccio" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : data) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + (e.getValue() == null ? "" : e.getValue())
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (fileField != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + claimedType(fileName)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The type a browser would claim for a file, from its name alone (as browsers do). */
  private static String claimedType(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".pdf")
        ? "application/pdf"
        : n.endsWith(".png")
            ? "image/png"
            : n.endsWith(".jpg") || n.endsWith(".jpeg") ? "image/jpeg" : "text/csv";
  }

  /**
   * Submits form {@code formId} as {@link #submit} does, for a button that answers with a file: the
   * response's body as bytes.
   */
  public HttpResponse<byte[]> submitForDownload(
      String path, Page page, String formId, String buttonId, Map<String, String> fields) {
    List<Map.Entry<String, String>> data =
        pressing(
            page,
            formId,
            buttonId,
            fields.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    String body =
        data.stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue() == null ? "" : e.getValue()))
            .collect(Collectors.joining("&"));
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(resolve(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(request::header);
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts form fields exactly as given. */
  public Page post(String path, Map<String, String> data) {
    return postAll(path, new ArrayList<>(data.entrySet()));
  }

  private Page postAll(String path, List<Map.Entry<String, String>> data) {
    String body =
        data.stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue() == null ? "" : e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Opens the sign-in page and signs in; returns the response to the form post. */
  public Page signIn(String email, String password) {
    Page form = get("sign-in.xhtml");
    return submit(
        "sign-in.xhtml", form, "signIn", "submit", Map.of("email", email, "password", password));
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private Page send(HttpRequest.Builder request) {
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
