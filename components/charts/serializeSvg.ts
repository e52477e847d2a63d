// A chart's <svg> as a standalone SVG file: namespaces, explicit size, the theme's chart background, a
// system font stack (no external fonts), and the chart's accessible title printed above it plus the data
// source below, so an exported figure still says what it shows once it is pasted elsewhere. Colours are
// written out as the page computes them: the charts name theme variables (var(--chart-ink)) and CSS rules
// (app/colorThemes.css) that mean nothing outside the page, so a dark-theme export is a dark figure whose
// text is as readable as on screen. A chart that
// draws its points on a <canvas data-export-raster> beside the SVG marks where they go with an empty
// <g data-export-raster-slot>; the canvas is copied into that slot here, at export time only.
const FONT_STACK = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADING = 28;
const FOOTER = 20;
const SOURCE = 'Data: Accel-NASBench (Ahmad et al., DAC 2024, arXiv:2404.08005) · ANB Explorer';

/** What draws: these take the page's computed fill and stroke whether or not they name one (they may
 *  inherit it, or get it from a CSS rule); any other element only where it names one itself. */
const DRAWN = new Set(['text', 'tspan', 'line', 'path', 'circle', 'rect', 'ellipse', 'polyline', 'polygon']);

/** The computed fill and stroke of `original` and its descendants, written onto its copy `copy`. */
function inlineColours(original: Element, copy: Element): void {
  const style = getComputedStyle(original);
  const drawn = DRAWN.has(original.localName);
  for (const property of ['fill', 'stroke'] as const)
    if (drawn || copy.hasAttribute(property)) copy.setAttribute(property, style[property]);
  const from = original.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineColours(from[i], to[i]);
}

/** A theme variable's value on the page (app/colorThemes.css). */
function themeColour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function text(content: string, x: number, y: number, size: number, fill: string, weight = 400): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

export function serializeSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const chartWidth = Number(svg.getAttribute('width')) || Math.round(box.width);
  const chartHeight = Number(svg.getAttribute('height')) || Math.round(box.height);
  const title = svg.getAttribute('aria-label') ?? '';
  const width = chartWidth;
  const height = chartHeight + HEADING + FOOTER;

  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  out.setAttribute('font-family', FONT_STACK);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', themeColour('--chart-surface'));
  out.append(background, text(title, 8, 19, 13, themeColour('--chart-ink'), 600));

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineColours(svg, chart);
  const raster = svg.parentElement?.querySelector<HTMLCanvasElement>('canvas[data-export-raster]');
  const slot = chart.querySelector('[data-export-raster-slot]');
  if (raster && slot) {
    const image = document.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', raster.toDataURL('image/png'));
    image.setAttribute('width', String(chartWidth));
    image.setAttribute('height', String(chartHeight));
    image.setAttribute('preserveAspectRatio', 'none');
    slot.append(image);
  }
  chart.setAttribute('y', String(HEADING));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  out.append(chart, text(SOURCE, 8, height - 6, 10, themeColour('--chart-muted')));
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`, width, height };
}
