(function () {
  var root = document.documentElement;

  // League table: sort on each cell's data-v, numbers as numbers, empty cells last.
  function sortTable(table, column, type) {
    var body = table.tBodies[0];
    var header = table.tHead.rows[0].cells[column];
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row) {
      var v = row.cells[column].getAttribute('data-v');
      return { row: row, empty: v === null || v === '', v: type === 'num' ? parseFloat(v) : (v || '').toLowerCase() };
    });
    keyed.sort(function (a, b) {
      if (a.empty !== b.empty) { return a.empty ? 1 : -1; }
      var c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return ascending ? c : -c;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (k) { fragment.appendChild(k.row); });
    body.appendChild(fragment);
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      function go() { sortTable(table, i, th.getAttribute('data-sort')); }
      th.addEventListener('click', go);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    });
  });

  // Trend charts.
  var units = { 'EUR': '€', 'USD': '$', 'GBP': '£' };
  function format(value, unit) {
    if (value === null || value === undefined || isNaN(value)) { return '–'; }
    var abs = Math.abs(value);
    var digits = unit === '%' ? 1 : abs >= 1000 ? 0 : abs >= 100 ? 1 : 2;
    var text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    if (unit === '%') { return text + '%'; }
    if (units[unit]) { return units[unit] + text; }
    return unit ? text + ' ' + unit : text;
  }
  function axisLabel(value, unit) {
    var abs = Math.abs(value);
    var text = abs >= 1e6 ? (value / 1e6).toFixed(1) + 'M' : abs >= 1e4 ? (value / 1e3).toFixed(0) + 'k' : String(+value.toFixed(2));
    return unit === '%' ? text + '%' : (units[unit] || '') + text;
  }
  function width(lower, upper) {
    return lower.map(function (l, i) { return l === null || upper[i] === null ? null : upper[i] - l; });
  }
  function present(values) { return values.some(function (v) { return v !== null; }); }
  function band(name, lower, upper, colour) {
    return [
      { name: name, type: 'line', data: lower, stack: name, symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: { color: colour },
        silent: true, tooltip: { show: false } },
      { name: name, type: 'line', data: width(lower, upper), stack: name, symbol: 'none', lineStyle: { opacity: 0 },
        itemStyle: { color: colour }, areaStyle: { color: colour }, silent: true, tooltip: { show: false } }
    ];
  }
  // The forecast line starts at the last actual value, so the two read as one series.
  function joined(forecast, actual, provisional) {
    var first = forecast.findIndex(function (v) { return v !== null; });
    var out = forecast.slice();
    if (first > 0 && out[first - 1] === null) {
      out[first - 1] = provisional[first - 1] !== null ? provisional[first - 1] : actual[first - 1];
    }
    return out;
  }
  function option(s) {
    var provisionalIndex = s.provisional.map(function (v, i) { return v !== null && s.actual[i] === null ? i : -1; });
    var series = [].concat(
      band('95% interval', s.lower95, s.upper95, 'rgba(59,130,246,0.13)'),
      band('80% interval', s.lower80, s.upper80, 'rgba(59,130,246,0.25)'),
      [{ name: 'Target', type: 'line', data: s.target, symbol: 'none', connectNulls: true,
         lineStyle: { type: 'dashed', color: '#6b7280', width: 1.5 }, itemStyle: { color: '#6b7280' } },
       { name: 'Forecast', type: 'line', data: joined(s.forecast, s.actual, s.provisional), symbol: 'circle', symbolSize: 4,
         lineStyle: { type: 'dotted', color: '#2563eb', width: 2 }, itemStyle: { color: '#2563eb' } },
       { name: 'Actual', type: 'line', data: s.actual, symbol: 'circle', symbolSize: 5,
         lineStyle: { color: '#111827', width: 2 }, itemStyle: { color: '#111827' },
         markLine: { silent: true, symbol: 'none', label: { formatter: 'report month', color: '#6b7280', fontSize: 10 },
           lineStyle: { color: '#9ca3af', type: 'solid', width: 1 }, data: [{ xAxis: s.selected }] } },
       { name: 'Provisional', type: 'line', data: s.provisional.map(function (v, i) {
           return provisionalIndex[i] >= 0 ? { value: v, symbol: 'emptyCircle', symbolSize: 9,
             label: { show: true, formatter: 'provisional', position: 'top', color: '#92400e', fontSize: 10 } } : v;
         }), symbol: 'none', lineStyle: { type: 'dashed', color: '#111827', width: 1.5 }, itemStyle: { color: '#111827' } }]);
    return {
      animation: false,
      grid: { left: 56, right: 16, top: 18, bottom: 52 },
      legend: { bottom: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 },
        data: ['Actual', 'Provisional', 'Target', 'Forecast', '80% interval', '95% interval'] },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return format(v, s.unit); } },
      xAxis: { type: 'category', data: s.periods, boundaryGap: false, axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 10, formatter: function (v) { return axisLabel(v, s.unit); } } },
      series: series
    };
  }
  var data = document.getElementById('chart-data');
  var specs = data ? JSON.parse(data.textContent) : [];
  var drawn = 0;
  var empty = [];
  if (specs.length && typeof echarts === 'undefined') {
    throw new Error('ECharts did not load: echarts.min.js must lie beside this page');
  }
  specs.forEach(function (s) {
    var el = document.getElementById(s.id);
    if (!el) { empty.push(s.id); return; }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option(s));
    drawn++;
    var series = chart.getOption().series;
    var points = series.filter(function (x) { return x.name === 'Actual' || x.name === 'Provisional' || x.name === 'Forecast'; })
      .reduce(function (n, x) { return n + x.data.filter(function (v) { return v !== null && (typeof v !== 'object' || v.value !== null); }).length; }, 0);
    if (points === 0) { empty.push(s.id); }
    window.addEventListener('resize', function () { chart.resize(); });
  });
  root.dataset.charts = String(drawn);
  root.dataset.emptyCharts = empty.join(' ');
  root.dataset.rendered = 'true';
})();
