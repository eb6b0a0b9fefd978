// The dashboard stays live: it fetches its content again every few seconds and redraws the chart.
(function () {
  'use strict';
  var chart = null;

  function drawChart() {
    var element = document.getElementById('signed-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var points = JSON.parse(element.getAttribute('data-points') || '[]');
    // The chart is a canvas: its text alternative names every point (WCAG 1.1.1).
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', points.length === 0 ? 'Signed agreements over time: none signed yet.'
      : 'Signed agreements over time: ' + points.map(function (p) { return p.signed + ' by ' + p.date; }).join(', ') + '.');
    if (chart) {
      chart.dispose();
    }
    chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1, name: 'signed' },
      series: [{ type: 'line', step: 'end', areaStyle: {}, showSymbol: false,
        data: points.map(function (p) { return [p.date, p.signed]; }) }]
    });
  }

  function schedule() {
    var content = document.getElementById('dashboard-content');
    var every = Number(content && content.getAttribute('data-poll')) || 5000;
    window.setTimeout(refresh, every);
  }

  function refresh() {
    var content = document.getElementById('dashboard-content');
    fetch(content.getAttribute('data-live'), { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error('dashboard refresh: ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        content.outerHTML = html;
        drawChart();
      })
      .catch(function (error) {
        var asOf = document.getElementById('as-of');
        if (asOf) {
          asOf.classList.add('overdue');
        }
        console.warn(error);
      })
      .finally(schedule);
  }

  window.addEventListener('resize', function () { if (chart) { chart.resize(); } });
  drawChart();
  schedule();
})();
