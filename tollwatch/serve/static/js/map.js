// Conflict page map: one marker per incident (serve/event_map.py), the view fitted to the
// conflict's places, the incidents of one place spread around it with the place's count in its
// label, and the event shown under the map when a marker (or an entry of the list of incidents
// without coordinates) is clicked. Data from #chart-data; plotly and the world outline are local.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var map = data.map;
  var el = document.getElementById("event-map");
  var detail = document.getElementById("event-detail");
  if (!map || !el) { return; }
  // colour and symbol per ACLED event type: told apart in colour and in shape
  var TYPES = {
    "Battles": ["#8a1c1c", "circle"],
    "Explosions/Remote violence": ["#c25e00", "diamond"],
    "Violence against civilians": ["#6a3d9a", "square"],
    "Strategic developments": ["#1f5fa8", "triangle-up"],
    "Protests": ["#2e7d32", "cross"],
    "Riots": ["#00838f", "x"]
  };
  var OTHER = ["#555", "circle-open"];
  // where an incident's killed come from (apportion.v1, docs/EXPORTS.md)
  var BASIS = {
    "stated": "stated for this incident",
    "apportioned": "apportioned: a share of a side's toll that no incident states",
    "stated+apportioned": "stated for this incident, plus a share of a side's toll",
    "none": "no deaths counted here"
  };
  var byId = {};
  map.located.concat(map.unlocated).forEach(function (i) { byId[i.id] = i; });

  function rad(d) { return d * Math.PI / 180; }
  // plotly reads its text as a little HTML: names from reports are escaped first
  function esc(t) { return String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  // Mercator's y of a latitude, in degrees: on screen x (longitude) and y scale alike
  function mercY(lat) { return Math.log(Math.tan(Math.PI / 4 + rad(lat) / 2)) * 180 / Math.PI; }
  function mercLat(y) { return (2 * Math.atan(Math.exp(rad(y))) - Math.PI / 2) * 180 / Math.PI; }

  function fitted() {
    // the box around the conflict's places, padded, at least 3 degrees high, widened to the
    // map's own shape so the space is used; `px`: pixels per degree of longitude
    var W = el.clientWidth || 800, H = el.clientHeight || 460;
    var xs = map.places.map(function (p) { return p.lon; });
    var ys = map.places.map(function (p) { return mercY(p.lat); });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = (x1 - x0) * 1.3 + 1, h = Math.max(3, (y1 - y0) * 1.4 + 1);
    if (w / h < W / H) { w = h * W / H; } else { h = w * H / W; }
    var cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    return { lon: [cx - w / 2, cx + w / 2], lat: [mercLat(cy - h / 2), mercLat(cy + h / 2)],
             px: W / w, wide: w > 90 };
  }

  function ringOf(count) {
    // pixels from a cluster's centre to its markers; a lone marker's own radius
    return count > 1 ? Math.max(26, count * 22 / (2 * Math.PI)) : 7;
  }

  function clusters(view) {
    // places whose markers would touch at the fitted view are one cluster: merged, the
    // closest first, until every two clusters' rings are 14 px apart
    var out = map.places.map(function (p, n) {
      return { x: p.lon, y: mercY(p.lat), places: [n], count: p.count };
    });
    for (;;) {
      var best = null;
      out.forEach(function (a, i) {
        out.slice(i + 1).forEach(function (b) {
          var gap = Math.hypot(a.x - b.x, a.y - b.y) * view.px - ringOf(a.count) - ringOf(b.count);
          if (gap < 14 && (!best || gap < best.gap)) { best = { a: a, b: b, gap: gap }; }
        });
      });
      if (!best) { break; }
      var a = best.a, b = best.b, n = a.count + b.count;
      a.x = (a.x * a.count + b.x * b.count) / n;
      a.y = (a.y * a.count + b.y * b.count) / n;
      a.count = n;
      a.places = a.places.concat(b.places);
      out.splice(out.indexOf(b), 1);
    }
    out.forEach(function (c) { c.lat = mercLat(c.y); c.lon = c.x; });
    return out;
  }

  function spread(view) {
    // each incident's drawn position: its place when alone in its cluster, else on a ring
    // around the cluster, in the direction of its place, with a leg to where it happened
    var at = {}, pos = {}, legs = { lat: [], lon: [] };
    map.located.forEach(function (i) { (at[i.place_index] = at[i.place_index] || []).push(i); });
    var groups = clusters(view);
    groups.forEach(function (c) {
      var items = [];
      c.places.forEach(function (n) { items = items.concat(at[n] || []); });
      c.ring = 0;
      if (items.length === 1) { pos[items[0].id] = [items[0].lat, items[0].lon]; return; }
      var r = ringOf(items.length) / view.px;
      var angle = function (i) { return Math.atan2(i.lon - c.x, mercY(i.lat) - c.y); };
      items.sort(function (a, b) { return angle(a) - angle(b) || (a.id < b.id ? -1 : 1); });
      var start = angle(items[0]);
      items.forEach(function (i, n) {
        var a = start + 2 * Math.PI * n / items.length;
        var lat = mercLat(c.y + r * Math.cos(a)), lon = c.x + r * Math.sin(a);
        pos[i.id] = [lat, lon];
        legs.lat.push(i.lat, lat, null);
        legs.lon.push(i.lon, lon, null);
      });
      c.ring = r;
      c.below = mercLat(c.y - r * 1.2);
    });
    return { pos: pos, legs: legs, clusters: groups };
  }

  function label(c) {
    // a place's name and country; a cluster's count first, then each place with its own
    var named = c.places.map(function (n) {
      var p = map.places[n];
      return { text: esc(p.name + (p.country ? ", " + p.country : "")), count: p.count };
    });
    if (c.places.length === 1) {
      return c.count === 1 ? "\u00a0\u00a0" + named[0].text : "<b>" + named[0].text + " · " + c.count + " incidents</b>";
    }
    named.sort(function (a, b) { return b.count - a.count || (a.text < b.text ? -1 : 1); });
    var lines = named.slice(0, 4).map(function (p) { return p.text + (p.count > 1 ? " · " + p.count : ""); });
    if (named.length > 4) { lines.push("and " + (named.length - 4) + " more places"); }
    return "<b>" + c.count + " incidents</b><br>" + lines.join("<br>");
  }

  function when(d) {
    if (!d || !d.start) { return "date unknown"; }
    return d.end && d.end !== d.start ? d.start + "–" + d.end : d.start;
  }

  function killed(k) {
    return k.low === k.high ? String(k.best) : k.low + "–" + (k.high === null ? "open" : k.high) + " (best " + k.best + ")";
  }

  function traces(view, s) {
    var types = {}, out = [];
    map.located.forEach(function (i) { (types[i.event_type] = types[i.event_type] || []).push(i); });
    Object.keys(types).sort().forEach(function (t) {
      var style = TYPES[t] || OTHER, items = types[t];
      out.push({ type: "scattergeo", mode: "markers", name: t,
                 lat: items.map(function (i) { return s.pos[i.id][0]; }),
                 lon: items.map(function (i) { return s.pos[i.id][1]; }),
                 customdata: items.map(function (i) { return i.id; }),
                 hovertext: items.map(function (i) {
                   return esc(i.sub_event_type + " · " + (i.place || "?") + " · " + when(i.date) + " · killed " + killed(i.killed));
                 }),
                 hoverinfo: "text",
                 marker: { size: 13, color: style[0], symbol: style[1], line: { width: 1.2, color: "#fff" } } });
    });
    out.push({ type: "scattergeo", mode: "lines", name: "spread", lat: s.legs.lat, lon: s.legs.lon,
               line: { width: 1, color: "#7a7a7a" }, hoverinfo: "skip", showlegend: false });
    out.push({ type: "scattergeo", mode: "text", name: "places", showlegend: false,
               lat: s.clusters.map(function (c) { return c.ring ? c.below : c.lat; }),
               lon: s.clusters.map(function (c) { return c.lon; }),
               text: s.clusters.map(label),
               textposition: s.clusters.map(function (c) { return c.ring ? "bottom center" : "middle right"; }),
               textfont: { size: 12, color: "#1d2330" }, hoverinfo: "skip" });
    return out;
  }

  function layout(view) {
        return { margin: { l: 0, r: 0, t: 0, b: 0 }, dragmode: "pan",
             legend: { orientation: "h", x: 0, y: 0, yanchor: "bottom", bgcolor: "rgba(255,255,255,0.85)" },
             geo: { projection: { type: view.wide ? "natural earth" : "mercator" }, resolution: 50,
                    lataxis: { range: view.lat }, lonaxis: { range: view.lon },
                    showland: true, landcolor: "#eeeae2", showcountries: true, countrycolor: "#8a8a8a",
                    countrywidth: 1, showcoastlines: false, showocean: false, showlakes: false,
                    showrivers: false, showframe: false, bgcolor: "#fff" } };
  }

  function node(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    if (cls) { n.className = cls; }
    return n;
  }

  function link(href, text) { var a = node("a", text); a.href = href; return a; }

  function row(dl, name, value) {
    dl.appendChild(node("dt", name));
    var dd = node("dd");
    if (typeof value === "string") { dd.textContent = value; } else { dd.appendChild(value); }
    dl.appendChild(dd);
  }

  function figures(i) {
    var table = node("table", null, "figures"), head = node("tr");
    ["Figure", "Category", "Low–high", "Side", "Source", "Evidence"].forEach(function (h) { head.appendChild(node("th", h)); });
    table.appendChild(node("thead")).appendChild(head);
    var body = table.appendChild(node("tbody"));
    i.figures.forEach(function (f) {
      var tr = body.appendChild(node("tr"));
      tr.appendChild(node("td", f.text));
      tr.appendChild(node("td", f.category + (f.historical ? " (historical)" : "")));
      tr.appendChild(node("td", (f.low === null ? "?" : f.low) + "–" + (f.high === null ? "open" : f.high), "num"));
      tr.appendChild(node("td", f.side || "—"));
      tr.appendChild(node("td", (f.source || "—") + (f.verified === false ? " (not verified)" : "")));
      var td = tr.appendChild(node("td", null, "sentence"));
      td.appendChild(link("/articles/" + encodeURIComponent(f.article) + "#claim-" + encodeURIComponent(f.claim), "“" + f.sentence + "”"));
    });
    return table;
  }

  function show(id) {
    var i = byId[id];
    if (!i || !detail) { return; }
    detail.textContent = "";
    detail.dataset.incident = i.id;
    var close = node("button", "×", "close");
    close.type = "button";
    close.setAttribute("aria-label", "close");
    close.addEventListener("click", function () { detail.hidden = true; });
    detail.appendChild(close);
    detail.appendChild(node("h3", i.sub_event_type + " · " + i.event_type));
    var dl = detail.appendChild(node("dl"));
    row(dl, "Date", when(i.date) + (i.date && i.date.precision && i.date.precision !== "day" ? " (" + i.date.precision + ")" : ""));
    row(dl, "Place", (i.where || "unknown") + (i.lat !== null ? " · " + i.lat.toFixed(3) + ", " + i.lon.toFixed(3) : " · no coordinates"));
    row(dl, "Killed", killed(i.killed) + " · " + (BASIS[i.basis] || i.basis));
    row(dl, "Sources", i.sources.length ? i.sources.join("; ") : "none named");
    var reports = node("span");
    i.articles.forEach(function (a, k) {
      if (k) { reports.appendChild(document.createTextNode(", ")); }
      reports.appendChild(link("/articles/" + encodeURIComponent(a), a));
    });
    reports.appendChild(document.createTextNode(i.first_reported ? " (first " + i.first_reported + ")" : ""));
    row(dl, "Reports", reports);
    var quote = detail.appendChild(node("blockquote", null, "evidence"));
    quote.appendChild(link("/articles/" + encodeURIComponent(i.evidence.article), "“" + i.evidence.sentence + "”"));
    if (i.figures.length) {
      detail.appendChild(figures(i));
      if (i.more_figures) { detail.appendChild(node("p", "and " + i.more_figures + " more figures", "meta")); }
    } else {
      detail.appendChild(node("p", "No figure of its own.", "meta"));
    }
    detail.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll("#unlocated .incident-link, #located .incident-link"), function (b) {
    b.addEventListener("click", function () { show(b.dataset.incident); detail.scrollIntoView({ block: "nearest" }); });
  });
  var config = { responsive: true, displaylogo: false, topojsonURL: data.topojson, scrollZoom: false };
  if (!map.places.length) {
    el.classList.add("empty");
    el.textContent = "No incident with coordinates.";
    return;
  }
  var view = fitted();
  Plotly.newPlot(el, traces(view, spread(view)), layout(view), config).then(function () {
    el.on("plotly_click", function (ev) {
      var p = ev && ev.points && ev.points[0];
      if (p && typeof p.customdata === "string") { show(p.customdata); }
    });
  });
})();
