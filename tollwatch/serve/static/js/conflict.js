// Conflict page charts: the toll band by side, each source's series (the map: map.js).
// Data comes from the page (#chart-data); plotly is a local file.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var palette = ["#8a1c1c", "#1f5fa8", "#2e7d32", "#b26a00", "#6a3d9a", "#00838f", "#555"];
  var config = { responsive: true, displaylogo: false, topojsonURL: data.topojson };
  var DAY = 86400000;
  function dayAxis(series) {
    // whole days only: a tick every day for a short war, fewer for a long one; the first and
    // last day get half a day of room so their labels are not cut; the year(s) as the title
    var xs = [];
    series.forEach(function (s) { s.points.forEach(function (p) { xs.push(Date.parse(p.date)); }); });
    var axis = { type: "date", tickformat: "%-d %b", hoverformat: "%-d %b %Y", tickangle: 0,
                 automargin: true };
    if (!xs.length) { return axis; }
    var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs), span = (hi - lo) / DAY;
    var years = [new Date(lo).getUTCFullYear(), new Date(hi).getUTCFullYear()];
    axis.dtick = DAY * Math.max(1, Math.ceil(span / 6));
    axis.tick0 = lo;
    axis.range = [lo - DAY / 2, hi + DAY / 2];
    axis.title = { text: years[0] === years[1] ? String(years[0]) : years.join("–"), standoff: 4 };
    return axis;
  }
  var layout = function (series) {
    return { margin: { l: 48, r: 12, t: 8, b: 40 }, legend: { orientation: "h", y: -0.2 },
             xaxis: dayAxis(series), yaxis: { rangemode: "tozero" } };
  };
  var sourceLayout = function (series) {
    // one legend row per source, under the axis, in the order of the series
    return { margin: { l: 48, r: 12, t: 8, b: 8 },
             legend: { orientation: "v", x: 0, xanchor: "left", y: -0.16, yanchor: "top",
                       font: { size: 13 } },
             xaxis: dayAxis(series), yaxis: { rangemode: "tozero", title: { text: "killed" } } };
  };

  function bandTraces() {
    var traces = [];
    data.band.forEach(function (s, i) {
      var c = palette[i % palette.length];
      var x = s.points.map(function (p) { return p.date; });
      var best = s.points.map(function (p) { return p.best; });
      // an open-ended high draws at best: the band shows what is bounded
      var high = s.points.map(function (p) { return p.high === null ? p.best : p.high; });
      var low = s.points.map(function (p) { return p.low === null ? 0 : p.low; });
      traces.push({ x: x, y: low, mode: "lines", line: { width: 0, color: c }, showlegend: false,
                    hoverinfo: "skip", name: s.side + " low", legendgroup: s.side });
      traces.push({ x: x, y: high, mode: "lines", fill: "tonexty", line: { width: 0, color: c },
                    opacity: 0.25, showlegend: false, name: s.side + " high", legendgroup: s.side,
                    customdata: s.points.map(function (p) { return [p.low, p.high === null ? "open" : p.high]; }),
                    hovertemplate: s.side + ": low %{customdata[0]}, high %{customdata[1]}<extra></extra>" });
      traces.push({ x: x, y: best, mode: "lines+markers", line: { color: c, width: 2 },
                    name: s.side, legendgroup: s.side, hovertemplate: s.side + " best %{y}<extra></extra>" });
    });
    return traces;
  }

  function sourceLabel(s) {
    // the source's canonical name, then whose dead it counts
    return s.source + " · " + (s.side === "all" ? "all sides" : s.side);
  }

  function sourceTraces() {
    return data.sources.map(function (s, i) {
      var label = sourceLabel(s);
      return { x: s.points.map(function (p) { return p.date; }), y: s.points.map(function (p) { return p.best; }),
               mode: "lines+markers", name: label,
               line: { color: palette[i % palette.length], dash: i >= palette.length ? "dot" : "solid" },
               hovertemplate: "%{x|%-d %b %Y}: %{y}<extra>" + label + "</extra>" };
    });
  }

  Plotly.newPlot("band-chart", bandTraces(), layout(data.band), config);
  // room for the legend under the plot: one row per source
  document.getElementById("source-chart").style.height = (300 + 22 * data.sources.length) + "px";
  Plotly.newPlot("source-chart", sourceTraces(), sourceLayout(data.sources), config);
})();
