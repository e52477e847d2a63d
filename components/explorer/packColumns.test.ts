// The client's unpacking of architectures.columns: gene digits back to the indices writeGeneIndex
// gives for the same code, a missing device mean as NaN, and a short gene string refused by name.
import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT, writeGeneIndex } from '@/core/space/geneIndex';
import { TARGET_NAMES } from '@/core/targets';
import { packColumns } from './useMeasuredDataset';

const codes = ['1311-6321-6521-6331-6531-6541-6311', '4520-1320-6330-6510-4310-4330-1330'];
const genes = new Uint8Array(2 * GENE_COUNT);
codes.forEach((code, i) => {
  const arch = parseArchitectureCode(code);
  if (!arch.ok) throw new Error(arch.error.message);
  writeGeneIndex(arch.value, genes, i * GENE_COUNT);
});
const targets = Object.fromEntries(TARGET_NAMES.map((t) => [t, [1.5, 2.5]])) as Record<(typeof TARGET_NAMES)[number], (number | null)[]>;
const columns = {
  version: 'aed7f2c25dff',
  count: 2,
  resultIds: [0, 110],
  codes,
  genes: genes.join(''),
  splits: ['train', 'val'] as ('train' | 'val' | 'test' | null)[],
  targets: { ...targets, val_top1: [58.91, 61.44], latency_zcu102: [2.9, null] },
  macs: [364.1, 550.9],
  params: [3.08, 3.2],
};

describe('packColumns', () => {
  it('unpacks gene digits to the indices of each code and a missing mean to NaN', () => {
    const d = packColumns(columns);
    expect([...d.genes]).toEqual([...genes]);
    expect([...d.genes.subarray(GENE_COUNT, GENE_COUNT + 4)]).toEqual([1, 1, 1, 1]); // block 0 of 4520: e 4, k 5, 2 layers, SE off (index 1: off)
    expect([...d.values.val_top1]).toEqual([58.91, 61.44]);
    expect(d.values.latency_zcu102[0]).toBe(2.9);
    expect(d.values.latency_zcu102[1]).toBeNaN();
    expect([...d.resultIds]).toEqual([0, 110]);
    expect([...d.macs]).toEqual([364.1, 550.9]);
  });

  it('refuses a gene string of the wrong length, naming both counts', () => {
    expect(() => packColumns({ ...columns, genes: columns.genes.slice(1) })).toThrow(/55 gene digits for 2 records; expected 56/);
  });
});
