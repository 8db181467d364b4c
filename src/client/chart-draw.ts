/**
 * The chart.js part of <tp-chart>, in its own module so that it is fetched only when a chart
 * comes into view (src/client/chart.ts imports it dynamically). Only the pieces the portal's
 * charts use are registered, so the bundle leaves out the rest of chart.js.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** Draws a chart on `canvas`. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): void {
  new Chart(canvas, config);
}
