package org.ccioacademy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void scriptsAndEventHandlersNeverSurvive() {
    String html =
        MarkdownRenderer.toHtml(
            """
            Hello <script>alert(1)</script> world.

            <img src="x" onerror="alert(2)">

            <div onclick="alert(3)">click</div>

            [click me](javascript:alert(4)) and ![pic](javascript:alert(5))

            <a href="https://example.org" onmouseover="alert(6)">link</a>
            """);
    assertThat(html)
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<img src=\"x\"")
        .doesNotContainIgnoringCase("onerror=")
        .doesNotContainIgnoringCase("onclick=")
        .doesNotContainIgnoringCase("onmouseover=")
        .doesNotContainIgnoringCase("javascript:");
    // the text stays visible, harmlessly
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void rendersTablesCodeImagesAndLinks() {
    String html =
        MarkdownRenderer.toHtml(
            """
            ## Terms

            | Term | Meaning |
            | :--- | ---: |
            | CSO | Clinical safety officer |

            Use `code` and:

            ```java
            int x = 1;
            ```

            ![A hazard log](https://example.org/log.png) [DCB0129](https://digital.nhs.uk/)
            """);
    assertThat(html).contains("<h2 id=\"terms\">Terms</h2>");
    assertThat(html).contains("<table>").contains("<th align=\"left\">Term</th>");
    assertThat(html).contains("<td align=\"right\">Clinical safety officer</td>");
    assertThat(html).contains("<code>code</code>");
    assertThat(html).contains("<pre><code class=\"language-java\">int x &#61; 1;");
    assertThat(html).contains("<img src=\"https://example.org/log.png\" alt=\"A hazard log\" />");
    assertThat(html)
        .contains("<a href=\"https://digital.nhs.uk/\" rel=\"noopener noreferrer\">DCB0129</a>");
  }

  @Test
  void calloutsBecomeLabelledAsides() {
    String html =
        MarkdownRenderer.toHtml(
            """
            > [!EXAMPLE] Worked example: a wrong default
            > A ward deploys a screen.
            >
            > It goes wrong.

            > [!TIP]
            > Short tip.

            > An ordinary quote.
            """);
    assertThat(html)
        .contains("<aside class=\"callout callout-example\" aria-label=\"Worked example\">")
        .contains("<p class=\"callout-title\">Worked example: a wrong default</p>")
        .contains("<p>A ward deploys a screen.</p>")
        .contains("<p>It goes wrong.</p>")
        .contains("<p class=\"callout-title\">Tip</p>\n<p>Short tip.</p>")
        .contains("<blockquote>\n<p>An ordinary quote.</p>\n</blockquote>")
        .doesNotContain("[!");
  }
}
