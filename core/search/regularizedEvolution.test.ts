import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '../space/architectureCode';
import type { Architecture } from '../space/searchSpace';
import { GENE_SLOTS } from './geneSlots';
import { randomSearchDefaults } from './randomSearch';
import { regularizedEvolution, regularizedEvolutionDefaults } from './regularizedEvolution';
import { runSearch } from './runSearch';
import { syntheticEvaluate } from './syntheticEvaluate';

const genesApart = (a: Architecture, b: Architecture) => GENE_SLOTS.filter((s) => a[s.block][s.gene] !== b[s.block][s.gene]).length;
const decode = (code: string) => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(code);
  return r.value;
};

describe('regularizedEvolution', () => {
  it('evaluates a random population, then one child per cycle, and the oldest dies whatever its reward', () => {
    const settings = { ...regularizedEvolutionDefaults, populationSize: 8, sampleSize: 3 };
    const optimizer = regularizedEvolution(settings, 5);
    const initial = optimizer.ask(100);
    expect(initial).toHaveLength(8);
    optimizer.tell(syntheticEvaluate(initial));
    expect(optimizer.state().algorithm.phase).toBe('evolving');

    for (let cycle = 0; cycle < 60; cycle++) {
      const before = optimizer.state().algorithm.population;
      const children = optimizer.ask(100);
      // childrenPerCycle = 1: ANB's sequential loop.
      expect(children).toHaveLength(1);
      // The child is a parent from the population with exactly one gene changed.
      expect(before.some((p) => genesApart(decode(p.code), children[0]) === 1)).toBe(true);
      optimizer.tell(syntheticEvaluate(children));
      const after = optimizer.state().algorithm.population;
      expect(after).toHaveLength(8);
      // Aging: drop the oldest (the head), append the child.
      expect(after.slice(0, 7)).toEqual(before.slice(1));
      expect(after[7].code).toBe(optimizer.trajectory()[optimizer.trajectory().length - 1].code);
    }
  });

  it('breeds several children from one population when asked to, as asynchronous workers would', () => {
    const optimizer = regularizedEvolution({ ...regularizedEvolutionDefaults, populationSize: 6, childrenPerCycle: 4 }, 2);
    optimizer.tell(syntheticEvaluate(optimizer.ask(100)));
    const children = optimizer.ask(100);
    expect(children).toHaveLength(4);
    optimizer.tell(syntheticEvaluate(children));
    expect(optimizer.state().algorithm.population).toHaveLength(6);
  });

  it('beats random search on final hypervolume, averaged over 5 seeds', () => {
    // Reference (68 %, 200 img/s): the region the reward (target 400 img/s, w = +0.07) aims at, about
    // half the target throughput and an upper-quartile random accuracy. Against the origin instead, the
    // area is dominated by the fastest, least accurate corner, which this reward deliberately trades
    // away, and random search wins there (NSGA-II, which searches the whole front, wins everywhere).
    const reference = { accuracy: 68, hardware: 200 };
    const mean = (id: 'rs' | 're') => {
      let total = 0;
      for (let seed = 1; seed <= 5; seed++) {
        const settings = id === 're' ? { ...regularizedEvolutionDefaults, reference } : { ...randomSearchDefaults, reference };
        total += runSearch(id, settings, syntheticEvaluate, 300, seed).hypervolume;
      }
      return total / 5;
    };
    expect(mean('re')).toBeGreaterThan(1.1 * mean('rs'));
  });

  it('finds a better best reward than random search on every one of 5 seeds', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const best = (id: 'rs' | 're') => {
        const t = runSearch(id, id === 're' ? regularizedEvolutionDefaults : randomSearchDefaults, syntheticEvaluate, 300, seed).trajectory;
        return t[t.length - 1].bestReward;
      };
      expect(best('re')).toBeGreaterThan(best('rs'));
    }
  });
});
