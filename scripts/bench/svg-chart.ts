/**
 * A hand-written grouped bar chart (no chart library): one group per set, one bar per system.
 */

export interface BarGroup {
  label: string;
  /** Values in [0, 1], one per series, in series order. */
  values: number[];
}

export interface BarChart {
  title: string;
  series: { name: string; color: string }[];
  groups: BarGroup[];
}

const HEIGHT = 300;
const PLOT_TOP = 40;
const PLOT_BOTTOM = 250;
const LEFT = 44;
const BAR_WIDTH = 16;
const GROUP_GAP = 22;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

export function barChartSvg(chart: BarChart): string {
  const groupWidth = chart.series.length * BAR_WIDTH + GROUP_GAP;
  const width = LEFT + chart.groups.length * groupWidth + 20;
  const y = (value: number) => PLOT_BOTTOM - Math.max(0, Math.min(1, value)) * (PLOT_BOTTOM - PLOT_TOP);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="18" font-size="13" font-weight="bold">${escapeXml(chart.title)}</text>`,
  ];
  for (const tick of TICKS) {
    parts.push(
      `<line x1="${LEFT}" x2="${width - 10}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`,
      `<text x="${LEFT - 6}" y="${y(tick) + 4}" text-anchor="end" fill="#555">${tick.toFixed(2)}</text>`,
    );
  }
  chart.groups.forEach((group, groupIndex) => {
    const x0 = LEFT + GROUP_GAP / 2 + groupIndex * groupWidth;
    group.values.forEach((value, seriesIndex) => {
      const series = chart.series[seriesIndex];
      if (!series) return;
      const x = x0 + seriesIndex * BAR_WIDTH;
      parts.push(
        `<rect x="${x}" y="${y(value).toFixed(1)}" width="${BAR_WIDTH - 2}" height="${(PLOT_BOTTOM - y(value)).toFixed(1)}" fill="${series.color}">` +
          `<title>${escapeXml(`${group.label} · ${series.name}: ${value.toFixed(3)}`)}</title></rect>`,
      );
    });
    const center = x0 + (chart.series.length * BAR_WIDTH) / 2;
    parts.push(`<text x="${center}" y="${PLOT_BOTTOM + 16}" text-anchor="middle">${escapeXml(group.label)}</text>`);
  });
  chart.series.forEach((series, index) => {
    const x = LEFT + index * 110;
    parts.push(
      `<rect x="${x}" y="${HEIGHT - 22}" width="12" height="12" fill="${series.color}"/>`,
      `<text x="${x + 16}" y="${HEIGHT - 12}">${escapeXml(series.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
