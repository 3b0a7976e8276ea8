package org.ccioacademy.platform.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterPlanTest {

  private static ClusterPlan plan(Map<String, String> env, Optional<Integer> instances)
      throws Exception {
    return ClusterPlan.of(new LauncherSettings(Path.of("no-such-file.properties"), env), instances);
  }

  @Test
  void oneInstanceIsTheUsualServerOnItsPortWithoutADataGrid() throws Exception {
    ClusterPlan one = plan(Map.of(), Optional.empty());
    assertThat(one.clustered()).isFalse();
    assertThat(one.payaraOptions(0)).containsExactly("--port", "8080", "--nocluster");
  }

  @Test
  void severalInstancesHereClusterByAMemberListOnLoopbackBehindHaproxy() throws Exception {
    ClusterPlan three = plan(Map.of("CCIO_HTTP_PORT", "9000"), Optional.of(3));
    assertThat(three.clustered()).isTrue();
    assertThat(three.loadBalancer()).isTrue();
    assertThat(three.payaraOptions(1))
        .containsSequence("--port", "9002")
        .containsSequence("--name", "instance-2")
        .containsSequence("--clustermode", "tcpip:127.0.0.1:6900,127.0.0.1:6901,127.0.0.1:6902")
        .containsSequence("--startport", "6901")
        .containsSequence("--interfaces", "127.0.0.1")
        // every session's backup on another instance, though all share one address
        .contains("--nohostaware")
        .doesNotContain("--nocluster");
    assertThat(three.haproxyConfig())
        .contains("bind :9000")
        .contains("option httpchk GET /health/ready")
        .contains("cookie CCIO_INSTANCE insert indirect nocache")
        .contains("retry-on conn-failure empty-response")
        .contains("option http-server-close")
        .contains("server instance-1 127.0.0.1:9001 check cookie i1")
        .contains("server instance-3 127.0.0.1:9003 check cookie i3");
  }

  @Test
  void onSeveralMachinesTheMembersAreGivenAndTheOperatorsLoadBalancerIsUsed() throws Exception {
    ClusterPlan member =
        plan(
            Map.of(
                "CCIO_CLUSTER_MEMBERS", "10.0.0.11:6900,10.0.0.12:6900",
                "CCIO_CLUSTER_INTERFACES", "10.0.0.11"),
            Optional.empty());
    assertThat(member.clustered()).isTrue();
    assertThat(member.loadBalancer()).isFalse();
    assertThat(member.payaraOptions(0))
        .containsSequence("--port", "8080")
        .containsSequence("--clustermode", "tcpip:10.0.0.11:6900,10.0.0.12:6900")
        .containsSequence("--interfaces", "10.0.0.11")
        // backups on another machine: host-aware partitioning stays on
        .doesNotContain("--nohostaware");
  }

  @Test
  void theWarAClusterDeploysIsMarkedDistributableOnce() {
    String marked =
        DistributableWar.marked(
            "<web-app>\n  <display-name>CCIO Academy</display-name>\n</web-app>");
    assertThat(marked)
        .isEqualTo(
            "<web-app>\n  <display-name>CCIO Academy</display-name>\n  <distributable/>\n</web-app>");
    assertThat(DistributableWar.marked(marked)).isEqualTo(marked);
  }

  @Test
  void mistakesAreNamedBeforeAnythingStarts() {
    assertThatThrownBy(() -> plan(Map.of(), Optional.of(0)))
        .hasMessageContaining("must be from 1 to 16");
    assertThatThrownBy(
            () ->
                plan(Map.of("CCIO_CLUSTER_MEMBERS", "10.0.0.1:6900 --deploy x"), Optional.empty()))
        .hasMessageContaining("is not host:port");
    assertThatThrownBy(() -> plan(Map.of("CCIO_CLUSTER_NAME", "a b"), Optional.of(2)))
        .hasMessageContaining("ccio.cluster.name");
  }
}
