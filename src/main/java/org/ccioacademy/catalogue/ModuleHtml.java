package org.ccioacademy.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's teaching text as safe HTML. A published module never changes (a change is a new
 * version with new module rows), so the HTML is kept by module id in a small least-recently-used
 * cache: correct on every instance of a cluster, and the most read modules are rendered once.
 */
@ApplicationScoped
public class ModuleHtml {

  static final int MAX_ENTRIES = 500;

  private final Map<Long, String> cache =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
              return size() > MAX_ENTRIES;
            }
          });

  public String of(Module module) {
    if (module.getId() == null) {
      return MarkdownRenderer.toHtml(module.getBody());
    }
    String html = cache.get(module.getId());
    if (html == null) {
      html = MarkdownRenderer.toHtml(module.getBody());
      cache.put(module.getId(), html);
    }
    return html;
  }
}
