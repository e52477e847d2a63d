// Proxy-fidelity runs: the same architectures trained with ANB's reference recipe ("fewproxy") and with
// the searched proxy ("proxified"), three seeds each. CSV without header; columns:
// idx, job, idx, 0, top1, top5, macs, params, train_time_s, e0..e6, k0..k6, l0..l6, se0..se6.
import { err, ok, type Result } from '../result';
import type { DatasetIssue } from './datasetIssue';
import { fromAnbConfig } from '../space/anbConfig';
import { formatArchitectureCode, type ArchitectureCode } from '../space/architectureCode';

export type ProxyRecipe = 'fewproxy' | 'proxified';
export const PROXY_FILE = /^(fewproxy|proxified)-seed(\d+)\.csv$/;

export interface ProxyFidelityRun {
  recipe: ProxyRecipe;
  seed: number;
  /** Row index in the file (first column). */
  row: number;
  code: ArchitectureCode;
  top1: number;
  top5: number;
  macs: number;
  params: number;
  trainTimeS: number;
}

const COLUMNS = 37;

export function parseProxyFidelityCsv(file: string, text: string): Result<ProxyFidelityRun[], DatasetIssue[]> {
  const m = PROXY_FILE.exec(file);
  if (!m) return err([{ file, path: '', message: 'expected a file named fewproxy-seedN.csv or proxified-seedN.csv' }]);
  const recipe = m[1] as ProxyRecipe;
  const seed = Number(m[2]);
  const runs: ProxyFidelityRun[] = [];
  const issues: DatasetIssue[] = [];
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return err([{ file, path: '', message: 'the file is empty' }]);
  lines.forEach((line, i) => {
    const where = `line ${i + 1}`;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== COLUMNS) {
      issues.push({
        file,
        path: where,
        message: `expected ${COLUMNS} columns (idx, job, idx, 0, top1, top5, macs, params, train_time_s, e0..e6, k0..k6, l0..l6, se0..se6), found ${cells.length}`,
      });
      return;
    }
    const num = (col: number, name: string, check: (v: number) => boolean, expect: string): number | null => {
      const v = Number(cells[col]);
      if (cells[col] === '' || !Number.isFinite(v) || !check(v)) {
        issues.push({ file, path: `${where} column ${col + 1} (${name})`, message: `"${cells[col]}" is not ${expect}` });
        return null;
      }
      return v;
    };
    const row = num(0, 'idx', (v) => Number.isInteger(v) && v >= 0, 'a non-negative integer');
    const top1 = num(4, 'top1', (v) => v >= 0 && v <= 100, 'a percentage in [0, 100]');
    const top5 = num(5, 'top5', (v) => v >= 0 && v <= 100, 'a percentage in [0, 100]');
    const macs = num(6, 'macs', (v) => v > 0, 'a positive number');
    const params = num(7, 'params', (v) => v > 0, 'a positive number');
    const time = num(8, 'train_time_s', (v) => v > 0, 'a positive number');
    const config: Record<string, unknown> = {};
    for (let b = 0; b < 7; b++) {
      config[`block${b}_e`] = Number(cells[9 + b]);
      config[`block${b}_k`] = Number(cells[16 + b]);
      config[`block${b}_l`] = Number(cells[23 + b]);
      const se = cells[30 + b];
      config[`block${b}_se`] = se === 'True' ? true : se === 'False' ? false : se;
    }
    const arch = fromAnbConfig(config);
    if (!arch.ok) {
      issues.push({ file, path: `${where} ${arch.error.path}`, message: arch.error.message });
      return;
    }
    if (row === null || top1 === null || top5 === null || macs === null || params === null || time === null) return;
    runs.push({ recipe, seed, row, code: formatArchitectureCode(arch.value), top1, top5, macs, params, trainTimeS: time });
  });
  return issues.length > 0 ? err(issues) : ok(runs);
}
