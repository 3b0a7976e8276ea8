package org.ccioacademy.platform.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * People's names for the audit log, so it reads "Sam Ellis disabled the account of Priya Shah"
 * rather than account numbers: provided by the feature that keeps people (identity). A person whose
 * data was erased has no name any more, only a placeholder.
 */
public interface PersonNames {

  /** The current name of each of these accounts that exists. */
  Map<Long, String> names(Collection<Long> ids);

  /** Accounts whose name or email address contains {@code text}, at most {@code max}. */
  Set<Long> matching(String text, int max);
}
