// Draws a pair's coverage from the coverage API (data-api): per month, the documents about the pair
// (bars), the quotes about it stacked by whose they are (each country's government, its other voices,
// third parties) and the publishers (a line). timeline.js loads every chart of a page and hands the
// ones marked data-chart="coverage" to this drawer.
(function () {
  'use strict';
  window.DyadCharts = window.DyadCharts || {};
  window.DyadCharts.coverage = function (el, c) {
    if (!c.months.length) {
      el.dataset.rendered = 'empty';
      return;
    }
    var labels = c.months.map(function (m) { return m.month; });
    var parts = [
      ['aGovernment', c.a + ' government', '#b2182b'], ['aOthers', c.a + ' other voices', '#ef8a62'],
      ['bGovernment', c.b + ' government', '#2166ac'], ['bOthers', c.b + ' other voices', '#67a9cf'],
      ['thirdParties', 'third parties', '#999999']
    ];
    var series = [{
      name: 'documents', type: 'bar', itemStyle: { color: '#5aae61' },
      data: c.months.map(function (m) { return m.documents; })
    }];
    parts.forEach(function (p) {
      series.push({
        name: p[1], type: 'bar', stack: 'quotes', itemStyle: { color: p[2] },
        data: c.months.map(function (m) { return m.quotesBy[p[0]]; })
      });
    });
    series.push({
      name: 'publishers', type: 'line', symbolSize: 5, showSymbol: labels.length <= 36,
      lineStyle: { color: '#222', width: 2 }, itemStyle: { color: '#222' },
      data: c.months.map(function (m) { return m.publishers; })
    });
    var compact = el.classList.contains('chart-compact');
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 50, right: 30, top: 40, bottom: compact ? 30 : 60 },
      dataZoom: compact ? [{ type: 'inside' }] : [{ type: 'slider', bottom: 10 }, { type: 'inside' }],
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.dataset.rendered = 'true';
  };
}());
