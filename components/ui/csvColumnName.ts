// A CSV column's name with its unit, kept a plain identifier so pandas, R and spreadsheets read it as
// one: `val_top1_pct`, `throughput_a100_mean_img_per_s`, `hypervolume_pct_x_ms`.
export function csvColumnName(name: string, unit: string): string {
  if (!unit) return name;
  const slug = unit
    .replace(/%/g, 'pct')
    .replace(/\s*×\s*/g, '_x_')
    .replace(/\//g, '_per_')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${name}_${slug}`;
}
