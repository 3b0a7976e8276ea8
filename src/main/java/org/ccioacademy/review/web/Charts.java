package org.ccioacademy.review.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js settings for PrimeFaces' {@code p:chart}, as JSON. Every chart has a table beside it
 * with the same figures, so the chart is a picture of the table (and its canvas is labelled).
 */
final class Charts {

  private Charts() {}

  /** A horizontal bar chart of per cents (0 to 100), one bar a label. */
  static String percentBars(String series, List<String> labels, List<BigDecimal> values) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    labels.forEach(l::add);
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
        .toString();
  }
}
