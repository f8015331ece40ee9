/** Statistics and number formats shared by the bench's tables. Units are decimal: 1 kB = 1,000 bytes. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
export const median = (values: number[]) => percentile(values, 50);
export const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

export const ms = (value: number) =>
  Number.isNaN(value)
    ? 'n/a'
    : `${value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1e3).toFixed(1)} kB`;
export const int = (value: number) => (Number.isNaN(value) ? 'n/a' : Math.round(value).toLocaleString('en-US'));
/** A layout shift score, as Cumulative Layout Shift is written. */
export const shift = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(3));
export const px = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} px`);
export const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** `ours / theirs`, as `0.42×`; a dash when either is missing or theirs is zero. */
export function ratio(ours: number, theirs: number): string {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return '–';
  const value = ours / theirs;
  return `${value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
