package org.ccioacademy.catalogue.scorm;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A data model's rules as data, for the run-time API in the browser: the same rules the server
 * checks every committed value against ({@link Cmi12}, {@link Cmi2004}), so the two never differ.
 *
 * @param version "1.2" or "2004"
 * @param elements each element (array indexes as {@code n}) and what may be done with it
 * @param children each {@code ._children} answer
 * @param arrays the elements that are arrays ({@code ._count})
 * @param errors the error code for each kind of refusal (see the API script)
 * @param initial the values every new attempt starts with
 * @param responses by interaction type, the forms of a learner response and of a correct response
 *     pattern (SCORM 2004; none for 1.2)
 */
public record CmiRules(
    String version,
    Map<String, Element> elements,
    Map<String, String> children,
    List<String> arrays,
    Map<String, String> errors,
    Map<String, String> initial,
    Map<String, List<String>> responses) {

  /**
   * One element: {@code access} r, w or rw; {@code form} a regular expression the whole value must
   * match (with "." matching any character), null for read-only elements; and for reals the range.
   */
  public record Element(String access, String form, BigDecimal min, BigDecimal max) {}
}
