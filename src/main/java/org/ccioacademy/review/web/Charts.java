package org.ccioacademy.review.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.ccioacademy.platform.web.JsonInHtml;

/**
 * Chart.js settings for PrimeFaces' {@code p:chart}, as JSON. Every chart has a table beside it
 * with the same figures, so the chart is a picture of the table (and its canvas is labelled).
 * PrimeFaces writes the settings inside a {@code <script>}, so they are escaped for HTML ({@link
 * JsonInHtml}): a course titled {@code </script>} stays a label.
 */
final class Charts {

  private Charts() {}

  /** Longest label drawn beside a bar; the table beside the chart has the whole name. */
  static final int LABEL_LENGTH = 30;

  /** A label short enough for the chart's axis: cut at a word, with an ellipsis. */
  static String shorten(String label) {
    if (label == null || label.length() <= LABEL_LENGTH) {
      return label;
    }
    String cut = label.substring(0, LABEL_LENGTH - 1);
    int space = cut.lastIndexOf(' ');
    return (space > LABEL_LENGTH / 2 ? cut.substring(0, space) : cut).replaceAll("[\\s,:;]+$", "")
        + "…";
  }

  /** A horizontal bar chart of per cents (0 to 100), one bar a label. */
  static String percentBars(String series, List<String> labels, List<BigDecimal> values) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    labels.forEach(x -> l.add(shorten(x)));
    JsonArrayBuilder v = Json.createArrayBuilder();
    values.forEach(x -> v.add(x == null ? BigDecimal.ZERO : x));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", l)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", series)
                                .add("data", v)
                                .add("backgroundColor", "#005eb8"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString()
        .transform(JsonInHtml::escape);
  }
}
