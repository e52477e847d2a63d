import { createLoader } from 'nuqs/server';
import { describe, expect, it } from 'vitest';
import { parcoordsParamCorrections, parcoordsParams } from './parcoordsParams';

const load = createLoader(parcoordsParams);

describe('parcoordsParams', () => {
  it('reads axis groups in display order, the colour axis, the source and the picked rows', () => {
    expect(load('?axes=se,targets&color=l5&src=predicted&pn=2000&rows=12,7,12')).toEqual({
      axes: ['targets', 'se'],
      color: 'l5',
      src: 'predicted',
      pn: 2000,
      rows: [12, 7],
    });
    expect(load('')).toEqual({ axes: ['targets', 'e', 'l'], color: null, src: 'measured', pn: 5000, rows: [] });
  });

  it('drops refused values and says why, naming what is allowed', () => {
    const query = new URLSearchParams('axes=targets,x&color=e9&src=both&pn=500&rows=3,abc&min_val_top1=high&max_val_top1=70');
    expect(load(query)).toEqual({ axes: ['targets', 'e', 'l'], color: null, src: 'measured', pn: 5000, rows: [] });
    const c = parcoordsParamCorrections(query);
    expect(c.map((x) => x.param)).toEqual(['axes', 'color', 'src', 'pn', 'rows', 'min_val_top1']);
    expect(c[0].why).toBe('axes is "targets,x": "x" is not an axis group; allowed: targets, e, k, l, se.');
    expect(c[1].why).toMatch(/^color is "e9": "e9" is neither a target nor a gene axis; allowed: .*e0–e6/);
    expect(c[3]).toEqual({ param: 'pn', given: '500', used: '5,000 (the default)', why: 'pn is "500": allowed: 1,000 to 20,000.' });
    expect(c[4].why).toBe('rows is "3,abc": result ids are whole numbers from 1.');
    expect(c[5]).toMatchObject({ given: 'high', why: 'min_val_top1 is "high": expected a number.' });
  });

  it('caps the picked rows at 50', () => {
    const ids = Array.from({ length: 51 }, (_, i) => i + 1).join(',');
    expect(parcoordsParamCorrections(new URLSearchParams(`rows=${ids}`))[0].why).toMatch(/at most 50 rows can be picked/);
  });
});
