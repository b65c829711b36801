// Draws a dyad's timeline: a stacked bar per month by PLOVER type and the cooperation–conflict
// score as a line on its own axis. The data comes from the page's timeline API URL (data-api).
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

  function draw(el, timeline) {
    if (!timeline.months.length) {
      el.dataset.rendered = 'empty';
      return;
    }
    var byMonth = {};
    timeline.months.forEach(function (m) { byMonth[m.month] = m; });
    var months = monthsBetween(timeline.months[0].month, timeline.months[timeline.months.length - 1].month);
    var present = TYPES.filter(function (t) {
      return timeline.months.some(function (m) { return m.events[t]; });
    });
    var series = present.map(function (t) {
      return {
        name: t, type: 'bar', stack: 'events', itemStyle: { color: COLORS[t] }, emphasis: { focus: 'series' },
        data: months.map(function (m) { return byMonth[m] ? (byMonth[m].events[t] || 0) : 0; })
      };
    });
    series.push({
      name: 'score', type: 'line', yAxisIndex: 1, smooth: false, symbolSize: 5, showSymbol: months.length <= 36,
      lineStyle: { color: '#222', width: 2 }, itemStyle: { color: '#222' },
      data: months.map(function (m) { return byMonth[m] ? byMonth[m].score : 0; })
    });
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 50, right: 60, top: 40, bottom: 60 },
      dataZoom: [{ type: 'slider', bottom: 10 }, { type: 'inside' }],
      xAxis: { type: 'category', data: months },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'score', splitLine: { show: false } }
      ],
      series: series
    });
    // A click on a month lists that month's events of the dyad.
    chart.on('click', function (p) {
      if (p.componentType !== 'series') { return; }
      var month = months[p.dataIndex];
      var q = '/events?a=' + encodeURIComponent(el.dataset.a) + '&b=' + encodeURIComponent(el.dataset.b)
        + (el.dataset.either === 'true' ? '&either=true' : '')
        + '&from=' + month + '-01&to=' + lastDay(month);
      window.location.assign(q);
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.dataset.rendered = 'true';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('timeline-chart');
    if (!el) { return; }
    if (typeof echarts === 'undefined') {
      el.textContent = 'The chart library is missing from this build.';
      el.dataset.rendered = 'failed';
      return;
    }
    fetch(el.dataset.api, { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('timeline: HTTP ' + r.status); }
        return r.json();
      })
      .then(function (t) { draw(el, t); })
      .catch(function (e) {
        el.textContent = String(e.message);
        el.dataset.rendered = 'failed';
      });
  });
}());
