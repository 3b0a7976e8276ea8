/*
 * The countdown of a timed quiz. The server keeps the deadline and refuses to mark answers that
 * arrive after it; this only shows the time left, says so to screen readers at 5 minutes and 1
 * minute, and submits the answers given so far when the time is up.
 */
(function () {
  "use strict";
  var timer = document.getElementById("quiz-timer");
  if (!timer) {
    return;
  }
  var deadline = Number(timer.getAttribute("data-deadline"));
  // the browser's clock may be wrong: count from the server's time when the page was made
  var skew = Date.now() - Number(timer.getAttribute("data-now"));
  var left = document.getElementById("quiz-time-left");
  var announce = document.getElementById("quiz-time-announce");
  var warnings = [5, 1];
  var handle = null;

  function secondsLeft() {
    return Math.max(0, Math.ceil((deadline - (Date.now() - skew)) / 1000));
  }

  function tick() {
    var s = secondsLeft();
    var m = Math.floor(s / 60);
    var r = s % 60;
    left.textContent = m + ":" + (r < 10 ? "0" : "") + r;
    while (warnings.length && s <= warnings[0] * 60) {
      var w = warnings.shift();
      if (s > 0 && s > (w - 1) * 60) {
        announce.textContent = Math.ceil(s / 60) + (s > 60 ? " minutes" : " minute") + " left.";
      }
    }
    if (s === 0) {
      window.clearInterval(handle);
      announce.textContent = "Time is up: your answers are being submitted.";
      var flag = document.getElementById(timer.getAttribute("data-flag"));
      if (flag) {
        flag.value = "true";
      }
      var button = document.getElementById(timer.getAttribute("data-submit"));
      if (button && button.form) {
        // sent as the button would send it, without the "Submit your answers?" question: there is
        // no time left to answer it
        var pressed = document.createElement("input");
        pressed.type = "hidden";
        pressed.name = button.name;
        pressed.value = button.value || "";
        button.form.appendChild(pressed);
        button.form.submit();
      }
    }
  }

  handle = window.setInterval(tick, 1000);
  tick();
})();
