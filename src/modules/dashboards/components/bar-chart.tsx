// A bar chart drawn on the server as SVG (docs/decisions/0024): d3-scale places the bars and
// picks round ticks; the markup is ours, so the page sends no charting code to the browser and
// the chart is there without JavaScript. Every chart has a title, axis labels, numbers in the
// page's language, a text alternative (the figures are in the table beside it, which the
// alternative points to), and series told apart by pattern and a legend as well as by colour.
import { scaleBand, scaleLinear } from 'd3-scale';

import type { Locale } from '@/i18n/locales';
import { formatNumber } from '@/ui/format';

export type ChartSeries = { key: string; label: string; values: readonly number[] };

const WIDTH = 640;
const BAR_AREA_HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 56, left: 56 };
/** The first series is solid and the others hatched, so they differ without colour. */
const seriesLook = (chartId: string, index: number) =>
  index === 0 ? { className: 'fill-brand-600' } : { fill: `url(#${chartId}-hatch)`, className: 'stroke-slate-700', strokeWidth: 1 };

// About the width of a character of the category labels at 12 px, in the chart's own units.
const LABEL_CHAR_WIDTH = 6.6;

/**
 * A category's label in at most two lines that fit the space of one category: "Under
 * förberedelse" beside "Marknadstestat" and "I upphandling" would otherwise run into each other.
 */
export function wrapCategoryLabel(label: string, maxChars: number): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  if (label.length <= maxChars || words.length < 2) return [label];
  // The split that makes the longer of the two lines shortest.
  let best = [label];
  let bestLength = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const longest = Math.max(...lines.map((line) => line.length));
    if (longest < bestLength) {
      best = lines;
      bestLength = longest;
    }
  }
  return best;
}

export function BarChart({
  id,
  title,
  summary,
  categories,
  series,
  categoryAxisLabel,
  valueAxisLabel,
  locale,
  scaleMax,
}: {
  /** Unique on the page: names the title and the pattern. */
  id: string;
  title: string;
  /** The text alternative: what the chart shows, and that the table has the figures. */
  summary: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
  categoryAxisLabel: string;
  valueAxisLabel: string;
  locale: Locale;
  /** The top of the value axis when the values have one (a score of 1-5), so the bars read against the whole scale. */
  scaleMax?: number;
}) {
  const max = Math.max(1, scaleMax ?? 0, ...series.flatMap((s) => s.values));
  const y = scaleLinear().domain([0, max]).nice(5).range([BAR_AREA_HEIGHT, 0]);
  const x = scaleBand<number>().domain(categories.map((_, i) => i)).range([0, WIDTH - MARGIN.left - MARGIN.right]).padding(0.25);
  const inner = scaleBand<number>().domain(series.map((_, i) => i)).range([0, x.bandwidth()]).padding(0.08);
  // Whole numbers only: a count of meetings has no tick at 2.5.
  const ticks = y.ticks(5).filter((tick) => Number.isInteger(tick));
  const maxChars = Math.max(4, Math.floor(x.step() / LABEL_CHAR_WIDTH));
  const labels = categories.map((category) => wrapCategoryLabel(category, maxChars));
  const labelLines = Math.max(1, ...labels.map((lines) => lines.length));
  // A word longer than its space (a long Swedish compound) is set smaller rather than overlapping.
  const labelFont = Math.max(...labels.flat().map((line) => line.length)) > maxChars ? 'text-[10px]' : 'text-[12px]';
  const extraLabelHeight = (labelLines - 1) * 14;
  const height = MARGIN.top + BAR_AREA_HEIGHT + MARGIN.bottom + extraLabelHeight + (series.length > 1 ? 24 : 0);
  // Each legend entry after the one before it: a swatch, a gap and the label (about 7.5 px a character at 13 px).
  const legendOffsets = series.map((_, i) => series.slice(0, i).reduce((x, s) => x + 20 + s.label.length * 7.5 + 24, 0));
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    // On a phone the chart keeps a readable size and scrolls sideways in its own region, which
    // the keyboard can reach and scroll (as the tables do).
    <figure className="overflow-x-auto" role="region" aria-label={title} tabIndex={0}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full min-w-[24rem] max-w-3xl text-slate-800" role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{summary}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="fill-white" />
            <line x1="0" y1="0" x2="0" y2="6" className="stroke-slate-700" strokeWidth="3" />
          </pattern>
        </defs>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x2={WIDTH - MARGIN.left - MARGIN.right} className="stroke-slate-200" />
              <text x={-8} dy="0.32em" textAnchor="end" className="fill-current text-[12px] tabular-nums">
                {formatNumber(tick, locale)}
              </text>
            </g>
          ))}
          {categories.map((category, c) => (
            <g key={category} transform={`translate(${x(c)},0)`}>
              {series.map((s, i) => {
                const value = s.values[c] ?? 0;
                return (
                  <rect
                    key={s.key}
                    x={inner(i)}
                    y={y(value)}
                    width={inner.bandwidth()}
                    height={BAR_AREA_HEIGHT - y(value)}
                    {...seriesLook(id, i)}
                  />
                );
              })}
              <text x={x.bandwidth() / 2} y={BAR_AREA_HEIGHT + 16} textAnchor="middle" className={`fill-current ${labelFont}`}>
                {labels[c]!.map((line, n) => (
                  <tspan key={n} x={x.bandwidth() / 2} dy={n === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
          <line y1={BAR_AREA_HEIGHT} y2={BAR_AREA_HEIGHT} x2={WIDTH - MARGIN.left - MARGIN.right} className="stroke-slate-600" />
          <text x={(WIDTH - MARGIN.left - MARGIN.right) / 2} y={BAR_AREA_HEIGHT + 40 + extraLabelHeight} textAnchor="middle" className="fill-current text-[13px] font-semibold">
            {categoryAxisLabel}
          </text>
          <text transform={`translate(${-44},${BAR_AREA_HEIGHT / 2}) rotate(-90)`} textAnchor="middle" className="fill-current text-[13px] font-semibold">
            {valueAxisLabel}
          </text>
          {series.length > 1 &&
            series.map((s, i) => (
              <g key={s.key} transform={`translate(${legendOffsets[i]},${BAR_AREA_HEIGHT + 52})`}>
                <rect width="14" height="14" y={-11} {...seriesLook(id, i)} />
                <text x={20} className="fill-current text-[13px]">
                  {s.label}
                </text>
              </g>
            ))}
        </g>
      </svg>
    </figure>
  );
}
