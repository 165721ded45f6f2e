// Conflict page controls: choosing a day or a filter reloads the page with it in the URL
// (?as_of=YYYY-MM-DD&role=&side=&category=), so every view can be shared as a link.
(function () {
  "use strict";
  var day = document.getElementById("as-of");
  if (day) {
    day.addEventListener("change", function () {
      if (day.value && day.checkValidity()) { day.form.submit(); }
    });
  }
  var filter = document.getElementById("claim-filter");
  if (filter) {
    Array.prototype.forEach.call(filter.querySelectorAll("select"), function (s) {
      s.addEventListener("change", function () { filter.submit(); });
    });
  }
})();
