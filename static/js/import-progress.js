// The import page follows the background worker: it asks the progress endpoint every second,
// moves the bar and the counts, and once the import has ended reloads to show the report.
// A file of its own, not an inline script, so the Content-Security-Policy stays strict.
(function () {
  "use strict";
  var panel = document.querySelector("[data-progress-url]");
  if (!panel) {
    return;
  }
  var url = panel.getAttribute("data-progress-url");
  var bar = panel.querySelector("progress");

  function setText(selector, value) {
    var element = panel.querySelector(selector);
    if (element) {
      element.textContent = value;
    }
  }

  function show(state) {
    bar.max = Math.max(state.total, 1);
    bar.value = state.done;
    bar.textContent = state.done + "/" + state.total;
    setText("[data-done]", state.done);
    setText("[data-total]", state.total);
    setText("[data-status]", state.status_label);
    Object.keys(state.counts).forEach(function (status) {
      setText('[data-count="' + status + '"]', state.counts[status]);
    });
    if (state.finished) {
      window.location.reload();
    } else {
      window.setTimeout(poll, 1000);
    }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(show)
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
})();
