package org.ccioacademy.platform.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many Payara Micro instances the launcher starts and how they find each other, from {@code
 * ccio.cluster.*} (docs/cluster.md).
 *
 * <ul>
 *   <li>One instance and no member list (the default): one server on {@code ccio.http.port}, not
 *       clustered.
 *   <li>{@code ccio.cluster.instances} of 2 or more on this machine: each on its own port from
 *       {@code ccio.cluster.first-port}, clustered through Payara's data grid (Hazelcast) by a
 *       member list (multicast is never used), with HAProxy on {@code ccio.http.port} in front.
 *   <li>{@code ccio.cluster.members} set: this machine's instances join the data grid of those
 *       members (one machine of several); the load balancer runs where the operator puts it.
 * </ul>
 */
record ClusterPlan(
    int instances,
    int httpPort,
    int firstPort,
    int gridPort,
    String members,
    String interfaces,
    String name,
    boolean loadBalancer) {

  /** Reads the plan; {@code instancesArgument} ({@code --instances N}) wins over the setting. */
  static ClusterPlan of(LauncherSettings settings, Optional<Integer> instancesArgument) {
    int instances = instancesArgument.orElseGet(() -> settings.getInt("ccio.cluster.instances", 1));
    if (instances < 1 || instances > 16) {
      throw new Launcher.LaunchException(
          "ccio.cluster.instances must be from 1 to 16, but is " + instances, null);
    }
    int httpPort = settings.getInt("ccio.http.port", 8080);
    int gridPort = settings.getInt("ccio.cluster.grid-port", 6900);
    Optional<String> members = settings.get("ccio.cluster.members");
    boolean clustered = instances > 1 || members.isPresent();
    List<String> local = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      local.add("127.0.0.1:" + (gridPort + i));
    }
    boolean loadBalancer =
        clustered
            && Boolean.parseBoolean(
                settings.get("ccio.cluster.load-balancer", Boolean.toString(members.isEmpty())));
    ClusterPlan plan =
        new ClusterPlan(
            instances,
            httpPort,
            // with no load balancer the one instance keeps the usual port
            settings.getInt("ccio.cluster.first-port", loadBalancer ? httpPort + 1 : httpPort),
            gridPort,
            members.orElse(String.join(",", local)),
            settings.get("ccio.cluster.interfaces", members.isPresent() ? "" : "127.0.0.1"),
            settings.get("ccio.cluster.name", "ccio-academy"),
            loadBalancer);
    for (String member : plan.members().split(",")) {
      if (!member.strip().matches("[A-Za-z0-9.:\\[\\]-]+(:\\d{1,5})?")) {
        throw new Launcher.LaunchException(
            "ccio.cluster.members: \""
                + member.strip()
                + "\" is not host:port (for example 10.0.0.5:6900)",
            null);
      }
    }
    if (!plan.name().matches("[A-Za-z0-9._-]{1,60}")) {
      throw new Launcher.LaunchException(
          "ccio.cluster.name may hold only letters, digits, dots, dashes and underscores", null);
    }
    return plan;
  }

  /** Every member of the data grid is on this machine. */
  boolean local() {
    for (String member : members.split(",")) {
      if (!member.strip().startsWith("127.0.0.1:") && !member.strip().startsWith("localhost:")) {
        return false;
      }
    }
    return true;
  }

  boolean clustered() {
    return instances > 1 || !members.equals("127.0.0.1:" + gridPort);
  }

  /** The HTTP port of instance {@code index} (from 0). */
  int port(int index) {
    return clustered() ? firstPort + index : httpPort;
  }

  /** Payara Micro's options for instance {@code index}: its port, name and data grid. */
  List<String> payaraOptions(int index) {
    List<String> options = new ArrayList<>(List.of("--port", Integer.toString(port(index))));
    if (!clustered()) {
      options.add("--nocluster");
      return options;
    }
    options.addAll(
        List.of(
            "--name",
            "instance-" + (index + 1),
            "--clustername",
            name,
            "--clustermode",
            "tcpip:" + members,
            "--startport",
            Integer.toString(gridPort + index)));
    if (!interfaces.isBlank()) {
      options.addAll(List.of("--interfaces", interfaces));
    }
    if (local()) {
      // all on one machine: keep each session's backup on another instance all the same (the
      // data grid otherwise keeps no backup on a member with the same address)
      options.add("--nohostaware");
    }
    return options;
  }

  /**
   * HAProxy's configuration: HTTP on {@code ccio.http.port}, each instance checked on {@code
   * /health/ready} every two seconds and left out after two failures; a person stays on one
   * instance (a cookie naming it) while it is up, and moves to another with the same session when
   * it is not.
   */
  String haproxyConfig() {
    StringBuilder cfg = new StringBuilder();
    cfg.append(
            "# Written by the CCIO Academy launcher at every start; edit ccio.cluster.* instead\n")
        .append("global\n")
        .append("  maxconn 4096\n")
        // to standard output, which the launcher keeps in logs/haproxy.log: what went wrong only
        .append("  log stdout format raw local0\n")
        .append("defaults\n")
        .append("  mode http\n")
        .append("  log global\n")
        .append("  option httplog\n")
        .append("  option dontlog-normal\n")
        .append("  option forwardfor\n")
        // a fresh connection to the instance for each request, so a browser's kept-alive
        // connection outlives the instance that served it (otherwise closed with it, and a form
        // sent on it then gets no answer)
        .append("  option http-server-close\n")
        // an instance that died mid-request: the request goes to another, at once
        .append("  option redispatch 1\n")
        .append("  retries 3\n")
        .append("  retry-on conn-failure empty-response junk-response 503\n")
        .append("  timeout connect 2s\n")
        .append("  timeout client 60s\n")
        .append("  timeout server 120s\n")
        .append("  timeout http-request 15s\n")
        // an instance busy with a burst still answers its health check within this
        .append("  timeout check 5s\n")
        .append("frontend academy\n")
        .append("  bind :")
        .append(httpPort)
        .append('\n')
        .append("  default_backend instances\n")
        .append("backend instances\n")
        .append("  balance roundrobin\n")
        .append("  cookie CCIO_INSTANCE insert indirect nocache httponly attr SameSite=Lax\n")
        .append("  option httpchk GET /health/ready\n")
        .append("  http-check expect status 200\n")
        .append("  default-server inter 2s fall 2 rise 2\n");
    for (int i = 0; i < instances; i++) {
      cfg.append("  server instance-")
          .append(i + 1)
          .append(" 127.0.0.1:")
          .append(port(i))
          .append(" check cookie i")
          .append(i + 1)
          .append('\n');
    }
    return cfg.toString();
  }
}
