package org.ccioacademy.catalogue.scorm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XML document read as a small tree of elements that know their line, so that every problem in a
 * package's manifest can be named by file and line. Untrusted input: no DTD, no external entity or
 * schema is ever fetched, and the document's size is limited by the caller.
 */
final class XmlTree {

  /** An element: its namespace and local name, attributes (by local name), text and children. */
  record Element(
      String namespace,
      String name,
      Map<String, String> attributes,
      Map<String, String> namespacedAttributes,
      StringBuilder text,
      List<Element> children,
      int line) {

    /** The first child with this local name, whatever its namespace. */
    Optional<Element> child(String localName) {
      return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    /** Every child with this local name, in order. */
    List<Element> children(String localName) {
      return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** An attribute by local name (without a namespace, or in any namespace), if present. */
    Optional<String> attribute(String localName) {
      String plain = attributes.get(localName);
      if (plain != null) {
        return Optional.of(plain);
      }
      return namespacedAttributes.entrySet().stream()
          .filter(e -> e.getKey().endsWith("}" + localName))
          .map(Map.Entry::getValue)
          .findFirst();
    }

    /** The attribute in exactly this namespace, if present. */
    Optional<String> attribute(String namespaceUri, String localName) {
      return Optional.ofNullable(namespacedAttributes.get("{" + namespaceUri + "}" + localName));
    }

    /** The element's own text, trimmed. */
    String textValue() {
      return text.toString().strip();
    }
  }

  /** The document could not be read as XML: why, and the line. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    Malformed(String message, int line) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private XmlTree() {}

  static Element parse(byte[] xml) throws Malformed {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    Builder builder = new Builder();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      parser.parse(new InputSource(new ByteArrayInputStream(xml)), builder);
    } catch (SAXParseException e) {
      String why = e.getMessage();
      if (why != null && why.contains("DOCTYPE")) {
        why = "a manifest may not declare a DOCTYPE";
      }
      throw new Malformed("is not well-formed XML: " + why, Math.max(0, e.getLineNumber()));
    } catch (SAXException | ParserConfigurationException | IOException e) {
      throw new Malformed("could not be read as XML: " + e.getMessage(), 0);
    }
    if (builder.root == null) {
      throw new Malformed("is empty", 0);
    }
    return builder.root;
  }

  private static final class Builder extends DefaultHandler {
    private final Deque<Element> open = new ArrayDeque<>();
    private Element root;
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      Map<String, String> plain = new LinkedHashMap<>();
      Map<String, String> namespaced = new LinkedHashMap<>();
      for (int i = 0; i < atts.getLength(); i++) {
        String ns = atts.getURI(i);
        String name = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
        if (ns == null || ns.isEmpty()) {
          plain.put(name, atts.getValue(i));
        } else {
          namespaced.put("{" + ns + "}" + name, atts.getValue(i));
        }
      }
      Element e =
          new Element(
              uri == null ? "" : uri,
              localName.isEmpty() ? qName : localName,
              plain,
              namespaced,
              new StringBuilder(),
              new ArrayList<>(),
              locator == null ? 0 : locator.getLineNumber());
      if (open.isEmpty()) {
        root = e;
      } else {
        open.peek().children().add(e);
      }
      open.push(e);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text().append(ch, start, length);
      }
    }
  }
}
