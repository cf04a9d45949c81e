// <pathway-chart>: one Apache ECharts chart that sizes itself inside Vaadin layouts. The server sets
// `option` (ECharts option as JSON); the element fills its box (give it a width and height), follows
// its size with a ResizeObserver (a chart in a flex layout can otherwise stay 0 px wide), reports a
// click on a data item as `chart-click`, and saves its picture with downloadPng(fileName).
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, FunnelChart, HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, CanvasRenderer]);

class PathwayChart extends HTMLElement {
  connectedCallback() {
    if (!this._box) {
      this._box = document.createElement('div');
      this._box.style.width = '100%';
      this._box.style.height = '100%';
      this.appendChild(this._box);
    }
    this._chart = echarts.init(this._box);
    this._chart.on('click', (p) => this.dispatchEvent(new CustomEvent('chart-click', {
      detail: { name: String(p.name ?? ''), series: String(p.seriesName ?? '') }
    })));
    this._observer = new ResizeObserver(() => this._chart && this._chart.resize());
    this._observer.observe(this);
    this._apply();
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(value) {
    this._option = value;
    this._apply();
  }

  get option() {
    return this._option;
  }

  _apply() {
    if (this._chart && this._option) {
      this._chart.setOption(JSON.parse(this._option), true);
    }
  }

  downloadPng(fileName) {
    if (!this._chart) {
      return;
    }
    const link = document.createElement('a');
    link.href = this._chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
}

customElements.define('pathway-chart', PathwayChart);
