import { htmlText } from '../documents/html';
import { Chart, Shape } from './report-charts';

const n = (v: number) => String(Math.round(v * 10) / 10);

function svgShape(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.width)}" height="${n(s.height)}" fill="${s.fill}"/>`;
    case 'line':
      return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="#000" stroke-width="0.8"/>`;
    case 'text':
      return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${s.size}" text-anchor="${s.anchor}"${s.bold ? ' font-weight="bold"' : ''}>${htmlText(s.text)}</text>`;
  }
}

/** A chart as inline SVG, named by its <title>, scaling to the page's width. */
export function svgChart(c: Chart): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" width="100%" role="img" font-family="'Times New Roman', 'Liberation Serif', serif">
<title>${htmlText(c.title)}</title>
${c.shapes.map(svgShape).join('\n')}
</svg>`;
}
