package org.ccioacademy.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ccioacademy.platform.kernel.NeedsAttention;

/**
 * For an administrator's home: comments waiting for moderation, and systems trainees named that
 * wait to be listed, merged or retired.
 */
@ApplicationScoped
public class VoiceAttention {

  @Inject Moderation moderation;
  @Inject ClinicalSystems systems;

  void onCheck(@Observes NeedsAttention attention) {
    long comments = moderation.pendingCount();
    if (comments > 0) {
      attention.add(
          (comments == 1
                  ? "1 comment on a clinical system waits"
                  : comments + " comments on clinical systems wait")
              + " for moderation before reviewers can read "
              + (comments == 1 ? "it." : "them."),
          "/admin/comments.xhtml");
    }
    long proposed = systems.count(ClinicalSystem.Status.PROPOSED);
    if (proposed > 0) {
      attention.add(
          (proposed == 1
                  ? "1 clinical system trainees named is"
                  : proposed + " clinical systems trainees named are")
              + " not on the list yet: list, merge or retire "
              + (proposed == 1 ? "it." : "them."),
          "/admin/systems.xhtml");
    }
  }
}
