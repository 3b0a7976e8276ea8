package org.ccioacademy.testing;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The trust's own LRS, as the application forwards statements to it: an HTTP server in the test JVM
 * (started with the test database) at {@code ccio.test.lrsPort}, which arquillian.xml gives the
 * servers under test as {@code ccio.lrs.forward.url}. It takes POSTs of statement arrays as an LRS
 * does (HTTP Basic, the version header, a statement again under its id is the same one, a different
 * one a 409), and can be told to fail the next requests, as an LRS that is down.
 */
public final class TestLrsReceiver {

  public static final String KEY = "forward-key";
  public static final String SECRET = "forward-secret";

  private static HttpServer server;
  private static final Map<String, JsonObject> STORED = new ConcurrentHashMap<>();
  private static final AtomicInteger POSTS = new AtomicInteger();
  private static final Map<String, AtomicInteger> TIMES = new ConcurrentHashMap<>();
  private static final AtomicInteger FAIL_NEXT = new AtomicInteger();

  private TestLrsReceiver() {}

  public static synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/xapi/statements",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          String expected =
              "Basic "
                  + Base64.getEncoder()
                      .encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
          int status;
          if (!expected.equals(auth)) {
            status = 401;
          } else if (!"POST".equals(exchange.getRequestMethod())
              || exchange.getRequestHeaders().getFirst("X-Experience-API-Version") == null) {
            status = 400;
          } else if (FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            status = 503;
          } else {
            POSTS.incrementAndGet();
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            status = 200;
            for (JsonValue v : Json.createReader(new StringReader(body)).readArray()) {
              JsonObject s = v.asJsonObject();
              STORED.putIfAbsent(s.getString("id"), s);
              // a server stopped at the end of its class between sending a batch and recording it
              // sent sends it again from the next one (an LRS takes a statement again under its
              // id as the same one): tests count their own statements
              TIMES.computeIfAbsent(s.getString("id"), k -> new AtomicInteger()).incrementAndGet();
            }
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    System.setProperty("ccio.test.lrsPort", String.valueOf(server.getAddress().getPort()));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
  }

  /** The statement received with this id, waiting up to {@code wait} for it. */
  public static JsonObject await(String id, Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (!STORED.containsKey(id) && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    return STORED.get(id);
  }

  /** The next {@code n} requests fail with 503, as an LRS that is down. */
  public static void failNext(int n) {
    FAIL_NEXT.set(n);
  }

  /** How many times the statement with this id arrived. */
  public static int timesReceived(String id) {
    AtomicInteger n = TIMES.get(id);
    return n == null ? 0 : n.get();
  }
}
