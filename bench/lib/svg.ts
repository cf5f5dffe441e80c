/** A small horizontal grouped bar chart as SVG (no dependencies). */
export interface BarGroup {
  label: string;
  bars: { series: string; value: number }[];
}

const COLORS = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#b279a2'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number) => (!Number.isFinite(v) ? '–' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v >= 10 ? v.toFixed(1) : v.toFixed(2));

export function barChart(opts: { title: string; subtitle?: string; unit: string; groups: BarGroup[] }): string {
  const series = [...new Set(opts.groups.flatMap((g) => g.bars.map((b) => b.series)))];
  const color = (s: string) => COLORS[series.indexOf(s) % COLORS.length]!;
  const max = Math.max(1e-9, ...opts.groups.flatMap((g) => g.bars.map((b) => (Number.isFinite(b.value) ? b.value : 0))));
  const width = 860;
  const labelW = 230;
  const plotW = width - labelW - 110;
  const barH = 18;
  const top = opts.subtitle ? 74 : 56;
  let y = top;
  const parts: string[] = [];
  for (const g of opts.groups) {
    const blockH = g.bars.length * (barH + 4);
    parts.push(`<text x="${labelW - 10}" y="${y + blockH / 2 + 4}" text-anchor="end" font-size="13">${esc(g.label)}</text>`);
    for (const b of g.bars) {
      const w = Number.isFinite(b.value) ? Math.max(1, (b.value / max) * plotW) : 0;
      parts.push(
        `<rect x="${labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${color(b.series)}"><title>${esc(b.series)}: ${fmt(b.value)} ${esc(opts.unit)}</title></rect>`,
      );
      parts.push(`<text x="${(labelW + w + 6).toFixed(1)}" y="${y + barH - 4}" font-size="12">${fmt(b.value)} ${esc(opts.unit)}</text>`);
      y += barH + 4;
    }
    y += 14;
  }
  const legendY = y + 8;
  series.forEach((s, i) => {
    const x = labelW + i * 200;
    parts.push(
      `<rect x="${x}" y="${legendY}" width="12" height="12" fill="${color(s)}"/><text x="${x + 18}" y="${legendY + 11}" font-size="12">${esc(s)}</text>`,
    );
  });
  const height = legendY + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="20" y="30" font-size="17" font-weight="600">${esc(opts.title)}</text>`,
    opts.subtitle ? `<text x="20" y="52" font-size="12" fill="#555">${esc(opts.subtitle)}</text>` : '',
    ...parts,
    `</svg>`,
  ].join('\n');
}
