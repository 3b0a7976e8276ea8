package org.ccioacademy.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns module Markdown into HTML that is safe to show: CommonMark with GitHub tables and callouts
 * ({@code > [!NOTE] Title}). Raw HTML in the Markdown is shown as text, unsafe link schemes are
 * dropped, and the result then goes through an allow-list sanitizer, so no script, event handler,
 * style or {@code javascript:} link in content can ever run in a reader's browser.
 */
public final class MarkdownRenderer {

  /** Callout types and the label shown when a callout has no title of its own. */
  static final Map<String, String> CALLOUTS =
      Map.of(
          "NOTE", "Note",
          "TIP", "Tip",
          "IMPORTANT", "Important",
          "WARNING", "Warning",
          "CAUTION", "Caution",
          "EXAMPLE", "Worked example",
          "CASE", "Case study");

  private static final Pattern MARKER = Pattern.compile("^\\[!([A-Z]+)\\][ \\t]*(.*)$");

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), HeadingAnchorExtension.create());

  private static final Parser PARSER =
      Parser.builder().extensions(EXTENSIONS).postProcessor(MarkdownRenderer::callouts).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .escapeHtml(true)
          .sanitizeUrls(true)
          .nodeRendererFactory(CalloutRenderer::new)
          .build();

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "del",
              "br",
              "hr",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "img",
              "aside",
              "sup",
              "sub")
          .allowAttributes("id")
          .matching(Pattern.compile("[a-z0-9][a-z0-9-]{0,99}"))
          .onElements("h2", "h3", "h4", "h5", "h6")
          .allowAttributes("class")
          .matching(
              Pattern.compile("callout( callout-[a-z]+)?|callout-title|language-[a-z0-9+#-]{1,30}"))
          .onElements("aside", "p", "code")
          .allowAttributes("aria-label")
          .onElements("aside")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("\\d{1,4}"))
          .onElements("ol")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowAttributes("src", "alt", "title")
          .onElements("img")
          .allowUrlProtocols("https", "http", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  private MarkdownRenderer() {}

  /** Safe HTML for {@code markdown}. */
  public static String toHtml(String markdown) {
    String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    return POLICY.sanitize(html);
  }

  /** A callout: a block quote whose first line was {@code [!TYPE] optional title}. */
  static final class Callout extends CustomBlock {
    final String type;
    final String title;

    Callout(String type, String title) {
      this.type = type;
      this.title = title;
    }
  }

  private static Node callouts(Node document) {
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(BlockQuote quote) {
            visitChildren(quote);
            if (!(quote.getFirstChild() instanceof Paragraph first)
                || !(first.getFirstChild() instanceof Text marker)) {
              return;
            }
            Matcher m = MARKER.matcher(marker.getLiteral());
            if (!m.matches() || !CALLOUTS.containsKey(m.group(1))) {
              return;
            }
            String title = m.group(2).strip();
            Callout callout =
                new Callout(m.group(1), title.isEmpty() ? CALLOUTS.get(m.group(1)) : title);
            // the marker line (and the line break after it) is not part of the text
            Node after = marker.getNext();
            marker.unlink();
            if (after instanceof SoftLineBreak) {
              after.unlink();
            }
            if (first.getFirstChild() == null) {
              first.unlink();
            }
            Node child = quote.getFirstChild();
            while (child != null) {
              Node next = child.getNext();
              callout.appendChild(child);
              child = next;
            }
            quote.insertBefore(callout);
            quote.unlink();
          }
        });
    return document;
  }

  private static final class CalloutRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CalloutRenderer(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Callout.class);
    }

    @Override
    public void render(Node node) {
      Callout c = (Callout) node;
      html.line();
      Map<String, String> attributes = new LinkedHashMap<>(); // a stable order
      attributes.put("class", "callout callout-" + c.type.toLowerCase(Locale.ROOT));
      attributes.put("aria-label", CALLOUTS.get(c.type));
      html.tag("aside", attributes);
      html.line();
      html.tag("p", Map.of("class", "callout-title"));
      html.text(c.title);
      html.tag("/p");
      html.line();
      Node child = c.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
      html.tag("/aside");
      html.line();
    }
  }
}
