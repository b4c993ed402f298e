// Shared helpers of the report charts (ECharts 5, served locally from its webjar). Indonesian number
// formats; no animation so that a printed page or a screenshot shows the final chart.
window.PstCharts = (function () {
  var nf = function (v, digits) {
    if (v === null || v === undefined) { return '–'; }
    return Number(v).toLocaleString('id-ID', {minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0});
  };
  var rupiah = function (v) { return 'Rp' + nf(v, 0); };
  // an axis tick: as many decimals as it has, at most two ("0,25" menit, not "0" on every tick of a short wait)
  var tick = function (v) {
    return Number(v).toLocaleString('id-ID', {minimumFractionDigits: 0, maximumFractionDigits: 2});
  };
  var palette = ['#0b4f8a', '#e08a00', '#2e8b57', '#a23b72', '#6c757d'];
  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) { return null; }
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    option.animation = false;
    option.color = option.color || palette;
    option.textStyle = {fontFamily: 'system-ui, sans-serif'};
    // a period without figures: say so on the chart instead of bare axes (the tables below say it too)
    var empty = !(option.series || []).some(function (serie) {
      return (serie.data || []).some(function (v) {
        var n = v !== null && typeof v === 'object' ? v.value : v;
        return n !== null && n !== undefined && Number(n) !== 0;
      });
    });
    if (empty) {
      option.graphic = [{type: 'text', left: 'center', top: 'middle', silent: true,
        style: {text: 'Tidak ada data pada periode ini', fill: '#5d6b78', fontSize: 14}}];
    }
    el.setAttribute('data-empty', empty ? 'true' : 'false');
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-rendered', 'true');
    return chart;
  }
  return {nf: nf, rupiah: rupiah, tick: tick, draw: draw};
})();
