// <tp-echart>: a thin custom element over Apache ECharts for the server-side EChart component.
// The server sends complete options as JSON; the element keeps one chart instance per element,
// merges updates into it, follows its container's size and reports clicks on data items.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  ToolboxComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, HeatmapChart, LineChart, ScatterChart,
  AriaComponent, DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, ToolboxComponent, TooltipComponent, VisualMapComponent,
  CanvasRenderer,
]);

const numberFormats = new Map();

function numberFormat(locale) {
  if (!numberFormats.has(locale)) {
    numberFormats.set(locale, new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }));
  }
  return numberFormats.get(locale);
}

function asArray(value) {
  if (value === undefined || value === null) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

const SUPERSCRIPTS = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

// Three significant digits in the UI language; very small or large magnitudes as a × 10ⁿ.
function formatNumber(value, locale) {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return value;
  }
  const magnitude = Math.abs(value);
  if (value !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) {
    let exponent = Math.floor(Math.log10(magnitude));
    let mantissa = value / 10 ** exponent;
    if (Math.abs(mantissa) >= 9.995) {
      mantissa /= 10;
      exponent += 1;
    }
    const power = String(exponent).split('').map((c) => SUPERSCRIPTS[c]).join('');
    const head = Math.abs(mantissa - 1) < 0.005 ? '' : `${numberFormat(locale).format(mantissa)} × `;
    return `${head}10${power}`.replace('-', '−');
  }
  // A true minus sign, as in typeset text, rather than the hyphen that Intl produces.
  return numberFormat(locale).format(value).replace('-', '−');
}

// Numbers on axes, tooltips and colour scales follow the UI language (decimal comma in French).
// Formatters are functions, which JSON cannot carry, so they are installed here.
function localise(option, locale) {
  const format = (v) => formatNumber(v, locale);
  for (const axis of [...asArray(option.xAxis), ...asArray(option.yAxis)]) {
    if ((axis.type === 'value' || axis.type === 'log') && !(axis.axisLabel && axis.axisLabel.formatter)) {
      axis.axisLabel = { ...(axis.axisLabel || {}), formatter: format };
    }
  }
  for (const map of asArray(option.visualMap)) {
    if (!map.formatter) {
      map.formatter = format;
    }
  }
  if (option.tooltip && !option.tooltip.valueFormatter) {
    option.tooltip.valueFormatter = format;
  }
  return option;
}

class TpEchart extends HTMLElement {
  constructor() {
    super();
    this._chart = null;
    this._queued = [];
    this._resizeObserver = null;
    this.locale = 'en';
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._chart = echarts.init(this, null, { renderer: 'canvas' });
    this._chart.on('click', (params) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesIndex: params.seriesIndex ?? -1,
          dataIndex: params.dataIndex ?? -1,
          name: params.name ?? '',
        },
      }));
    });
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
    for (const [option, notMerge] of this._queued) {
      this._apply(option, notMerge);
    }
    this._queued = [];
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._chart) {
      // Keep what is drawn, so that an element moved in the page shows the same chart again.
      this._queued = [[this._chart.getOption(), true]];
      this._chart.dispose();
      this._chart = null;
    }
  }

  /** Applies options given as a JSON string; notMerge replaces the whole option. */
  setOption(json, notMerge) {
    const option = JSON.parse(json);
    if (!this._chart) {
      if (notMerge) {
        this._queued = [];
      }
      this._queued.push([option, notMerge]);
      return;
    }
    this._apply(option, notMerge);
  }

  _apply(option, notMerge) {
    if (!this._chart) {
      return;
    }
    this._chart.setOption(localise(option, this.locale), { notMerge: !!notMerge, lazyUpdate: false });
    this.dataset.rendered = String(Number(this.dataset.rendered || 0) + 1);
  }
}

customElements.define('tp-echart', TpEchart);
