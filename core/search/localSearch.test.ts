import { describe, expect, it } from 'vitest';
import { formatArchitectureCode, parseArchitectureCode } from '../space/architectureCode';
import { EFFICIENTNET_B0, type Architecture } from '../space/searchSpace';
import { GENE_SLOTS } from './geneSlots';
import { localSearch, localSearchDefaults } from './localSearch';
import { oneGeneNeighbours } from './oneGeneNeighbours';
import { syntheticEvaluate } from './syntheticEvaluate';

const genesApart = (a: Architecture, b: Architecture) => GENE_SLOTS.filter((s) => a[s.block][s.gene] !== b[s.block][s.gene]).length;

describe('oneGeneNeighbours', () => {
  it('lists the 43 architectures one gene away, each once', () => {
    // Per block: e 2 others + k 1 + l 2 + se 1 = 6, block 5 has 3 other layer counts: 6·7 + 1 = 43.
    const neighbours = oneGeneNeighbours(EFFICIENTNET_B0);
    expect(neighbours).toHaveLength(43);
    expect(new Set(neighbours.map(formatArchitectureCode)).size).toBe(43);
    for (const n of neighbours) expect(genesApart(n, EFFICIENTNET_B0)).toBe(1);
  });
});

describe('localSearch', () => {
  it('evaluates one-gene neighbours of its current centre, moves only uphill, and restarts at local optima', () => {
    const optimizer = localSearch(localSearchDefaults, 8);
    let centre = optimizer.state().algorithm.current;
    expect(centre).toBeNull();
    let restarts = 0;
    for (let used = 0; used < 1500;) {
      const archs = optimizer.ask(10);
      const state = optimizer.state().algorithm;
      if (state.current === null) {
        expect(archs).toHaveLength(1);
      } else {
        const c = parseArchitectureCode(state.current.code);
        if (!c.ok) throw new Error(state.current.code);
        for (const a of archs) expect(genesApart(a, c.value)).toBe(1);
      }
      optimizer.tell(syntheticEvaluate(archs));
      used += archs.length;
      const next = optimizer.state().algorithm;
      // Between restarts the centre's reward never falls.
      if (next.restarts === restarts && centre && next.current) expect(next.current.reward).toBeGreaterThanOrEqual(centre.reward);
      restarts = next.restarts;
      centre = next.current;
    }
    const state = optimizer.state().algorithm;
    expect(state.moves).toBeGreaterThan(5);
    expect(state.restarts).toBeGreaterThan(0);
  });

  it('restarts on a plateau instead of wandering it: a flat reward still ends every climb', () => {
    const optimizer = localSearch(localSearchDefaults, 1);
    for (let used = 0; used < 44 * 5;) {
      const archs = optimizer.ask(50);
      optimizer.tell(archs.map(() => ({ accuracy: 70, hardware: 400 })));
      used += archs.length;
    }
    // Start + 43 neighbours, no strictly better one: restart. Five times over.
    expect(optimizer.state().algorithm).toMatchObject({ moves: 0, restarts: 5 });
  });

  it('never spends budget twice on the same neighbour', () => {
    const optimizer = localSearch(localSearchDefaults, 3);
    for (let used = 0; used < 1000;) {
      const archs = optimizer.ask(64);
      optimizer.tell(syntheticEvaluate(archs));
      used += archs.length;
    }
    const codes = optimizer.trajectory().map((p) => p.code);
    // Only a restart point can repeat an earlier evaluation, and with 10^11 architectures none does here.
    expect(new Set(codes).size).toBe(codes.length);
  });
});
