/*
 * Text alternatives for the Chart.js charts that p:chart draws on a canvas (WCAG 1.1.1).
 * A p:chart with extender="sukedachiChartTable" and an ariaLabel gets, next to its canvas, a
 * table of the same figures that screen readers read and the screen does not show: one row per
 * label (e.g. a date), one column per data set, captioned with the chart's aria-label. It is
 * built again whenever the chart is (e.g. after an ajax update).
 */
function sukedachiChartTable() {
  var canvas = this.canvas[0];
  var data = (this.cfg.config && this.cfg.config.data) || {};
  var labels = data.labels || [];
  var sets = data.datasets || [];
  var id = canvas.id + '_table';
  var old = document.getElementById(id);
  if (old) {
    old.parentNode.removeChild(old);
  }
  // A table keeps its content's width whatever its own, so the hiding box is a div around it.
  var box = document.createElement('div');
  box.id = id;
  box.className = 'visually-hidden';
  var table = document.createElement('table');
  box.appendChild(table);
  table.createCaption().textContent = canvas.getAttribute('aria-label') || '';
  var head = table.createTHead().insertRow();
  head.appendChild(document.createElement('td'));
  sets.forEach(function (set) {
    var th = document.createElement('th');
    th.scope = 'col';
    th.textContent = set.label || '';
    head.appendChild(th);
  });
  var body = table.createTBody();
  labels.forEach(function (label, i) {
    var row = body.insertRow();
    var th = document.createElement('th');
    th.scope = 'row';
    th.textContent = label;
    row.appendChild(th);
    sets.forEach(function (set) {
      var value = (set.data || [])[i];
      row.insertCell().textContent = value === null || value === undefined ? '' : String(value);
    });
  });
  canvas.parentNode.insertBefore(box, canvas.nextSibling);
}
