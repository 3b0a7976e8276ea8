package org.ccioacademy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonInHtmlTest {

  @Test
  void nothingInAStringCanEndTheScriptOrStartMarkupAndTheValueReadsBackTheSame() {
    String title = "</script><b>x</b> & 'quoted' \u2028 \u2029 <!-- ]]>";
    String json = Json.createObjectBuilder().add("label", title).build().toString();

    String safe = JsonInHtml.escape(json);

    assertThat(safe).doesNotContain("<", ">", "&", "'", "\u2028", "\u2029");
    assertThat(safe).contains("\\u003c/script\\u003e");
    assertThat(Json.createReader(new StringReader(safe)).readObject().getString("label"))
        .isEqualTo(title);
  }
}
