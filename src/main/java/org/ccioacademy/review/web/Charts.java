package org.ccioacademy.review.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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

  /**
   * Completions month by month as bars (left axis, "Completions"), with the median days to complete
   * as a line (right axis, "Median days to complete"); the x axis is the month.
   */
  static String monthly(List<String> months, List<Long> completed, List<BigDecimal> medianDays) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    months.forEach(l::add);
    JsonArrayBuilder c = Json.createArrayBuilder();
    completed.forEach(c::add);
    JsonArrayBuilder d = Json.createArrayBuilder();
    medianDays.forEach(x -> d.add(x == null ? JsonValue.NULL : Json.createValue(x)));
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
                                .add("label", "Courses completed")
                                .add("data", c)
                                .add("backgroundColor", "#005eb8")
                                .add("yAxisID", "y"))
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "line")
                                .add("label", "Median days to complete")
                                .add("data", d)
                                .add("borderColor", "#d5281b")
                                .add("backgroundColor", "#d5281b")
                                .add("spanGaps", true)
                                .add("yAxisID", "y1"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", axis("Month").add("position", "bottom"))
                        .add(
                            "y",
                            axis("Courses completed")
                                .add("position", "left")
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                        .add(
                            "y1",
                            axis("Median days to complete")
                                .add("position", "right")
                                .add("beginAtZero", true)
                                .add(
                                    "grid",
                                    Json.createObjectBuilder().add("drawOnChartArea", false)))))
        .build()
        .toString()
        .transform(JsonInHtml::escape);
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }
}
