/*
 * The module player: says, in the status line, how saving goes in the package's frame (the
 * package's run-time API tells this page), and follows the package's own request for the next or
 * previous part. Only messages from the frame are read.
 */
(function () {
  'use strict';
  var frame = document.getElementById('scorm-frame');
  var status = document.getElementById('scorm-status');
  if (!frame || !status) {
    return;
  }
  var finished = false;
  function say(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }
  function go(id) {
    var link = document.getElementById(id);
    if (link) {
      window.location.href = link.href;
    }
  }
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || !event.data || event.data.source !== 'ccio-scorm') {
      return;
    }
    var d = event.data;
    if (d.state === 'started') {
      say('Your progress is saved as you go.');
    } else if (d.state === 'saving') {
      say('Saving your progress…');
    } else if (d.state === 'saved') {
      if (d.status && d.status.preview) {
        say('Preview: the package reports ' + d.status.completion
          + (d.status.success !== 'unknown' ? ', ' + d.status.success : '')
          + (d.status.percent !== undefined ? ', ' + d.status.percent + '%' : '')
          + '. Nothing is recorded.');
      } else if (d.status && d.status.moduleComplete) {
        say('Saved. You have completed this module.');
      } else if (d.status && d.status.satisfied) {
        say('Saved. You have completed this part.');
      } else {
        say(d.finished ? 'Saved. You can come back and carry on where you left off.' : 'Your progress is saved.');
      }
      finished = finished || d.finished;
    } else if (d.state === 'offline') {
      say('Not saved yet: the connection dropped. We keep trying while this page is open.');
    } else if (d.state === 'refused') {
      say('Your latest progress could not be saved: ' + (d.message || 'please open the module again.'));
    } else if (d.state === 'navigate') {
      var choice = /^\{target=([^}]+)\}(choice|jump)$/.exec(d.request || '');
      if (choice) {
        var url = new URL(window.location.href);
        url.searchParams.set('item', choice[1]);
        window.location.href = url.toString();
      } else if (d.request === 'continue') {
        go('nextItem');
      } else if (d.request === 'previous') {
        go('previousItem');
      }
    }
  });
})();
