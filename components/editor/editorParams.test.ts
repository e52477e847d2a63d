// /arch/[code]'s URL: the device metric and the top-1 loss of "best single edit", the loss clamped
// to 0–10 points.
import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs/server';
import { editorParams } from './editorParams';

const load = createLoader(editorParams);

describe('editorParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(load('')).toEqual({ vs: null, bm: 'throughput_a100', loss: 0.5, device: [], dv: null, sv: null });
  });

  it('takes a valid architecture code for vs, normalised, and ignores anything else', () => {
    expect(load('?vs=1310-1310-1310-1310-1310-1310-1310').vs).toBe('1310-1310-1310-1310-1310-1310-1310');
    // Block 0 cannot have 4 layers, and a word is no code.
    expect(load('?vs=1340-1310-1310-1310-1310-1310-1310').vs).toBeNull();
    expect(load('?vs=effnet').vs).toBeNull();
  });

  it('takes profiled device ids for device (#12): repeats and non-ids dropped, at most four', () => {
    expect(load('?device=u3fa9c2d1e0ab').device).toEqual(['u3fa9c2d1e0ab']);
    expect(load('?device=u3fa9c2d1e0ab,vck190,u3fa9c2d1e0ab,u000000000001').device).toEqual(['u3fa9c2d1e0ab', 'u000000000001']);
    expect(load('?device=u000000000001,u000000000002,u000000000003,u000000000004,u000000000005').device).toHaveLength(4);
    expect(load('?device=a100').device).toEqual([]);
  });

  it('clamps the allowed top-1 loss to 0–10 points and ignores words', () => {
    expect(load('?loss=1.25').loss).toBe(1.25);
    expect(load('?loss=-3').loss).toBe(0);
    expect(load('?loss=11').loss).toBe(10);
    expect(load('?loss=half').loss).toBe(0.5);
  });

  it('takes only a device metric for bm', () => {
    expect(load('?bm=latency_zcu102').bm).toBe('latency_zcu102');
    expect(load('?bm=val_top1').bm).toBe('throughput_a100');
  });
});
