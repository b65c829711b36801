// Draws a dyad's timeline: a stacked bar per month (or per year) by PLOVER type and the
// cooperation–conflict score as a line on its own axis. The data comes from the page's timeline
// API URL (data-api); data-view says which series to show first, and the page's Months / Years
// buttons switch between them. Every such chart on the page is drawn (the dyad page adds GDELT's
// imported events, data-source="gdelt", below Dyad's own), and the buttons switch them all. The
// Acts / Reports buttons fetch Dyad's own chart again with count=acts or count=reports. A chart
// marked data-chart="NAME" is drawn by the drawer another script put in window.DyadCharts[NAME]
// (coverage.js: a pair's coverage), from the same fetch; the buttons leave it alone.
(function () {
  'use strict';
  var TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'];
  // Cooperative types in greens and blues, conflictual ones in oranges and reds.
  var COLORS = {
    AGREE: '#1b7837', CONSULT: '#5aae61', SUPPORT: '#a6dba0', CONCEDE: '#66c2a5', COOPERATE: '#3288bd',
    AID: '#74add1', RETREAT: '#abd9e9', REQUEST: '#c2a5cf', ACCUSE: '#fee090', REJECT: '#fdae61',
    THREATEN: '#f46d43', PROTEST: '#e6ab02', MOBILIZE: '#bf812d', SANCTION: '#d73027', COERCE: '#a50026',
    ASSAULT: '#67001f'
  };

  function monthsBetween(first, last) {
    var out = [];
    var y = parseInt(first.slice(0, 4), 10), m = parseInt(first.slice(5, 7), 10);
    var endY = parseInt(last.slice(0, 4), 10), endM = parseInt(last.slice(5, 7), 10);
    while (y < endY || (y === endY && m <= endM)) {
      out.push(y + '-' + (m < 10 ? '0' : '') + m);
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function lastDay(month) {
    var y = parseInt(month.slice(0, 4), 10), m = parseInt(month.slice(5, 7), 10);
    return month + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
  }

  function yearsBetween(first, last) {
    var out = [];
    for (var y = first; y <= last; y += 1) { out.push(String(y)); }
    return out;
  }

  // The x axis, the counts per axis label and the events link of a label, for one view.
  function periods(timeline, view) {
    var byLabel = {};
    if (view === 'years') {
      timeline.years.forEach(function (y) { byLabel[String(y.year)] = y; });
      return {
        labels: yearsBetween(timeline.years[0].year, timeline.years[timeline.years.length - 1].year),
        rows: timeline.years, byLabel: byLabel,
        range: function (year) { return '&from=' + year + '-01-01&to=' + year + '-12-31'; }
      };
    }
    timeline.months.forEach(function (m) { byLabel[m.month] = m; });
    return {
      labels: monthsBetween(timeline.months[0].month, timeline.months[timeline.months.length - 1].month),
      rows: timeline.months, byLabel: byLabel,
      range: function (month) { return '&from=' + month + '-01&to=' + lastDay(month); }
    };
  }

  function options(timeline, view) {
    var p = periods(timeline, view);
    var present = TYPES.filter(function (t) {
      return p.rows.some(function (r) { return r.events[t]; });
    });
    var series = present.map(function (t) {
      return {
        name: t, type: 'bar', stack: 'events', itemStyle: { color: COLORS[t] }, emphasis: { focus: 'series' },
        data: p.labels.map(function (l) { return p.byLabel[l] ? (p.byLabel[l].events[t] || 0) : 0; })
      };
    });
    series.push({
      name: 'score', type: 'line', yAxisIndex: 1, smooth: false, symbolSize: 5, showSymbol: p.labels.length <= 36,
      lineStyle: { color: '#222', width: 2 }, itemStyle: { color: '#222' },
      data: p.labels.map(function (l) { return p.byLabel[l] ? p.byLabel[l].score : 0; })
    });
    return {
      periods: p,
      chart: {
        animation: false,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 50, right: 60, top: 40, bottom: 60 },
        dataZoom: [{ type: 'slider', bottom: 10 }, { type: 'inside' }],
        xAxis: { type: 'category', data: p.labels },
        yAxis: [
          { type: 'value', name: 'events', minInterval: 1 },
          { type: 'value', name: 'score', splitLine: { show: false } }
        ],
        series: series
      }
    };
  }

  // The view the page asked for (data-view), unless it has no data and the other one has.
  function usable(timeline, view) {
    if (view === 'years' && timeline.years.length) { return 'years'; }
    if (timeline.months.length) { return 'months'; }
    return timeline.years.length ? 'years' : null;
  }

  function draw(el, timeline) {
    if (el.chart) { el.chart.dispose(); el.chart = null; }
    el.timeline = timeline;
    var view = usable(timeline, el.dataset.view);
    if (!view) {
      el.dataset.rendered = 'empty';
      return;
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    el.chart = chart;
    el.show = function (v) {
      el.shown = options(timeline, v);
      el.shown.chart.yAxis[0].name = timeline.count || 'events';
      chart.clear();
      chart.setOption(el.shown.chart);
      el.dataset.view = v;
      document.querySelectorAll('.chart-views button').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.dataset.view === v));
      });
    };
    el.show(view);
    // A click on a month (or year) lists that period's events of the dyad.
    chart.on('click', function (p) {
      if (p.componentType !== 'series' || el.dataset.source === 'gdelt') { return; }
      var label = el.shown.periods.labels[p.dataIndex];
      var q = '/events?a=' + encodeURIComponent(el.dataset.a) + '&b=' + encodeURIComponent(el.dataset.b)
        + (el.dataset.either === 'true' ? '&either=true' : '') + el.shown.periods.range(label);
      window.location.assign(q);
    });
    el.dataset.rendered = 'true';
  }

  // The page's buttons, wired once per chart whatever data it is drawn from next.
  function wire(el) {
    document.querySelectorAll('.chart-views button').forEach(function (b) {
      b.addEventListener('click', function () {
        if (!el.chart) { return; }
        var v = usable(el.timeline, b.dataset.view);
        if (v === b.dataset.view && v !== el.dataset.view) { el.show(v); }
      });
    });
    // Acts (clusters: an act told by many reports once) or reports; imported events are never clustered.
    if (el.dataset.source !== 'gdelt') {
      document.querySelectorAll('.chart-counts button').forEach(function (b) {
        b.addEventListener('click', function () {
          if (b.dataset.count === el.dataset.count) { return; }
          el.dataset.count = b.dataset.count;
          document.querySelectorAll('.chart-counts button').forEach(function (o) {
            o.setAttribute('aria-pressed', String(o === b));
          });
          load(el);
        });
      });
    }
    window.addEventListener('resize', function () { if (el.chart) { el.chart.resize(); } });
  }

  function url(el) {
    var api = el.dataset.api;
    return el.dataset.count ? api + (api.indexOf('?') < 0 ? '?' : '&') + 'count=' + el.dataset.count : api;
  }

  function load(el) {
    var drawer = el.dataset.chart ? (window.DyadCharts || {})[el.dataset.chart] : draw;
    if (!drawer) {
      el.textContent = 'No drawer for the chart ' + el.dataset.chart + '.';
      el.dataset.rendered = 'failed';
      return;
    }
    if (typeof echarts === 'undefined') {
      el.textContent = 'The chart library is missing from this build.';
      el.dataset.rendered = 'failed';
      return;
    }
    el.dataset.rendered = 'loading';
    fetch(url(el), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error((el.dataset.chart || 'timeline') + ': HTTP ' + r.status); }
        return r.json();
      })
      .then(function (t) { drawer(el, t); })
      .catch(function (e) {
        el.textContent = String(e.message);
        el.dataset.rendered = 'failed';
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.chart[data-api]').forEach(function (el) {
      if (!el.dataset.chart) { wire(el); }
      load(el);
    });
  });
}());
