/**
 * <tp-chart>: draws the chart for the table inside it. chart.js is imported only when the element
 * scrolls into view, so a page downloads chart code only when a reader reaches a chart; the
 * table with the same numbers is there from the start, with or without JavaScript.
 */
import type { ChartConfiguration } from 'chart.js';

class TpChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    if (!('IntersectionObserver' in window)) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          this.#observer?.disconnect();
          void this.#draw();
        }
      },
      { rootMargin: '200px 0px' },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  async #draw(): Promise<void> {
    const wrapper = this.querySelector<HTMLElement>('.tp-chart__canvas');
    const canvas = wrapper?.querySelector('canvas');
    const source = this.dataset['config'];
    if (!wrapper || !canvas || source === undefined) return;
    const config = JSON.parse(source) as ChartConfiguration;
    if (this.dataset['unit'] === 'euro') {
      // Functions cannot travel in the data attribute; euro formatting is added here, in the
      // language the configuration names (src/lib/charts.ts: nl-NL, or en-GB on /en/).
      const euro = new Intl.NumberFormat(config.options?.locale, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
      const options = (config.options ??= {});
      const y = ((options.scales ??= {})['y'] ??= {});
      (y.ticks ??= {}).callback = (value) => euro.format(Number(value));
      ((options.plugins ??= {}).tooltip ??= {}).callbacks = {
        label: (item) => `${item.dataset.label ?? ''}: ${euro.format(Number(item.parsed.y))}`,
      };
    }
    try {
      const { drawChart } = await import('./chart-draw.ts');
      wrapper.hidden = false;
      const note = this.querySelector<HTMLElement>('.tp-chart__note');
      if (note) note.hidden = false;
      drawChart(canvas, config);
    } catch {
      // Without the chart the table still shows every number.
      wrapper.hidden = true;
    }
  }
}

if (!customElements.get('tp-chart')) customElements.define('tp-chart', TpChart);
