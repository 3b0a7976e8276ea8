package org.ccioacademy.catalogue.scorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.ccioacademy.catalogue.format.Problem;
import org.ccioacademy.catalogue.format.Problems;
import org.junit.jupiter.api.Test;

/** The manifests of SCORM 1.2 and 2004 packages, read as the standard says, every fault named. */
class ManifestReaderTest {

  private static final String FILE = "ig-basics/package/imsmanifest.xml";

  /** A SCORM 1.2 package as authoring tools export it: the launch page in a subfolder. */
  static final String SCORM_12 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <manifest identifier="com.example.ig" version="1.0"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
        <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
        <organizations default="ORG">
          <organization identifier="ORG">
            <title>Information governance basics</title>
            <item identifier="I1" identifierref="R1" parameters="?lang=en">
              <title>The basics</title>
              <adlcp:masteryscore>80</adlcp:masteryscore>
              <adlcp:datafromlms>start=1</adlcp:datafromlms>
            </item>
          </organization>
        </organizations>
        <resources xml:base="scormcontent/">
          <resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="index.html">
            <file href="index.html"/>
          </resource>
        </resources>
      </manifest>
      """;

  private static final Set<String> FILES_12 = Set.of("imsmanifest.xml", "scormcontent/index.html");

  private static ScormManifest read(String xml, Set<String> files, Problems problems) {
    return ManifestReader.read(
        FILE, xml.getBytes(StandardCharsets.UTF_8), files::contains, problems);
  }

  private static List<String> problems(String xml, Set<String> files) {
    Problems p = new Problems();
    assertThat(read(xml, files, p)).isNull();
    return p.list().stream().map(Problem::toString).toList();
  }

  @Test
  void aScorm12PackageWithItsLaunchPageInASubfolderAndAMasteryScore() {
    Problems p = new Problems();
    ScormManifest m = read(SCORM_12, FILES_12, p);
    assertThat(p.list()).isEmpty();
    assertThat(m.version()).isEqualTo(ScormVersion.SCORM_12);
    assertThat(m.title()).isEqualTo("Information governance basics");
    assertThat(m.isMultiSco()).isFalse();
    ScormItem item = m.launchable().get(0);
    assertThat(item.launch()).isEqualTo("scormcontent/index.html?lang=en");
    assertThat(item.sco()).isTrue();
    assertThat(item.masteryScore()).isEqualByComparingTo("80");
    assertThat(item.dataFromLms()).isEqualTo("start=1");
    assertThat(item.completionThreshold()).isNull();
  }

  @Test
  void aMultiScoPackageKeepsItsTableOfContentsInOrderWithHeadingsAndAssets() {
    String xml =
        """
        <manifest identifier="M" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
          <organizations>
            <organization identifier="O"><title>Two lessons</title>
              <item identifier="H"><title>Part one</title>
                <item identifier="A" identifierref="RA"><title>Lesson A</title></item>
                <item identifier="B" identifierref="RB" isvisible="false"><title>Lesson B</title></item>
              </item>
              <item identifier="G" identifierref="RG"><title>Glossary</title></item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="RA" type="webcontent" adlcp:scormtype="sco" href="a/index.html"/>
            <resource identifier="RB" type="webcontent" adlcp:scormtype="sco" href="./b/../b/index.html#start"/>
            <resource identifier="RG" type="webcontent" adlcp:scormtype="asset" href="glossary.html"/>
          </resources>
        </manifest>
        """;
    Problems p = new Problems();
    ScormManifest m = read(xml, Set.of("a/index.html", "b/index.html", "glossary.html"), p);
    assertThat(p.list()).isEmpty();
    assertThat(m.version()).as("from the 1.2 namespace").isEqualTo(ScormVersion.SCORM_12);
    assertThat(m.items())
        .extracting(ScormItem::identifier, ScormItem::depth, ScormItem::launch, ScormItem::sco)
        .containsExactly(
            tuple("H", 0, null, false),
            tuple("A", 1, "a/index.html", true),
            tuple("B", 1, "b/index.html#start", true),
            tuple("G", 0, "glossary.html", false));
    assertThat(m.items().get(2).visible()).isFalse();
    assertThat(m.isMultiSco()).isTrue();
  }

  @Test
  void aScorm2004FourthEditionPackageWithACompletionThresholdAndAPassingScore() {
    String xml =
        """
        <manifest identifier="M4" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
            xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
            xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
          <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
          <organizations default="O">
            <organization identifier="O"><title>Safety cases</title>
              <item identifier="I" identifierref="R"><title>Writing a safety case</title>
                <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75"/>
                <imsss:sequencing>
                  <imsss:objectives>
                    <imsss:primaryObjective objectiveID="P" satisfiedByMeasure="true">
                      <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>
                    </imsss:primaryObjective>
                  </imsss:objectives>
                </imsss:sequencing>
              </item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="R" type="webcontent" adlcp:scormType="sco" href="sco.html"/>
          </resources>
        </manifest>
        """;
    Problems p = new Problems();
    ScormManifest m = read(xml, Set.of("sco.html"), p);
    assertThat(p.list()).isEmpty();
    assertThat(m.version()).isEqualTo(ScormVersion.SCORM_2004_4TH);
    ScormItem item = m.launchable().get(0);
    assertThat(item.sco()).isTrue();
    assertThat(item.completionThreshold()).isEqualByComparingTo("0.75");
    assertThat(item.scaledPassingScore()).isEqualByComparingTo("0.6");
    // completion by measure off: the SCO decides for itself
    assertThat(
            read(
                    xml.replace("completedByMeasure=\"true\"", "completedByMeasure=\"false\""),
                    Set.of("sco.html"),
                    new Problems())
                .launchable()
                .get(0)
                .completionThreshold())
        .isNull();
    // the 3rd Edition writes the threshold as the element's text
    String third =
        xml.replace("2004 4th Edition", "2004 3rd Edition")
            .replace(
                "<adlcp:completionThreshold completedByMeasure=\"true\" minProgressMeasure=\"0.75\"/>",
                "<adlcp:completionThreshold>0.8</adlcp:completionThreshold>");
    ScormManifest m3 = read(third, Set.of("sco.html"), new Problems());
    assertThat(m3.version()).isEqualTo(ScormVersion.SCORM_2004_3RD);
    assertThat(m3.launchable().get(0).completionThreshold())
        .isEqualByComparingTo(new BigDecimal("0.8"));
  }

  @Test
  void everyFaultIsNamedByFileAndLine() {
    String bad =
        SCORM_12
            .replace("<adlcp:masteryscore>80<", "<adlcp:masteryscore>120<")
            .replace("identifierref=\"R1\"", "identifierref=\"R9\"");
    assertThat(problems(bad, FILES_12))
        .containsExactly(
            FILE
                + " line 9, identifierref: of item \"I1\" is \"R9\", but no <resource> has that"
                + " identifier",
            FILE + " line 11, masteryscore: is \"120\"; it must be a number from 0 to 100");
    // said only when no item's own problem explains it
    assertThat(
            problems(
                SCORM_12.replace(" identifierref=\"R1\" parameters=\"?lang=en\"", ""), FILES_12))
        .containsExactly(
            FILE
                + " line 7, organization: has nothing to launch: no item refers to a resource"
                + " with a launch file");
    assertThat(problems(SCORM_12, Set.of("imsmanifest.xml")))
        .containsExactly(
            FILE
                + " line 17, href: the launch file \"scormcontent/index.html\" is not in the"
                + " package");
    assertThat(
            problems(
                SCORM_12.replace("href=\"index.html\">", "href=\"../../etc/passwd\">"), FILES_12))
        .singleElement()
        .asString()
        .contains("leads out of the package");
    assertThat(problems(SCORM_12.replace("<schemaversion>1.2<", "<schemaversion>1.1<"), FILES_12))
        .singleElement()
        .asString()
        .contains("schemaversion: is \"1.1\"; a package must be SCORM 1.2");
    assertThat(problems(SCORM_12.replace("default=\"ORG\"", "default=\"NONE\""), FILES_12))
        .singleElement()
        .asString()
        .contains("names \"NONE\", but no <organization> has that identifier");
    assertThat(problems(SCORM_12.replace("</organizations>", "</organisations>"), FILES_12))
        .singleElement()
        .asString()
        .startsWith(FILE + " line 15")
        .contains("is not well-formed XML");
  }

  @Test
  void aManifestMayNotDeclareADoctypeSoNoEntityIsEverFetched() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <manifest identifier="X"><organizations/><resources/></manifest>
        """;
    assertThat(problems(xxe, Set.of()))
        .singleElement()
        .asString()
        .contains("a manifest may not declare a DOCTYPE");
  }

  @Test
  void pathsStayInsideThePackage() {
    assertThat(PackagePaths.problem("content/index.html")).isNull();
    assertThat(PackagePaths.problem("a/../b.html")).isNull();
    assertThat(PackagePaths.problem("../b.html")).contains("leads out");
    assertThat(PackagePaths.problem("a/../../b.html")).contains("leads out");
    assertThat(PackagePaths.problem("/etc/passwd")).contains("absolute");
    assertThat(PackagePaths.problem("https://example.org/x.html")).contains("web address");
    assertThat(PackagePaths.problem("C:/x.html")).contains("absolute");
    assertThat(PackagePaths.problem("a\\b.html")).contains("backslash");
    assertThat(PackagePaths.normalise("./a//b/../c.html")).isEqualTo("a/c.html");
  }
}
