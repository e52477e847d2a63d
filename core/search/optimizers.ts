// The optimizers by id, as data: the UI's picker, the worker and the CLI loop over this table.
import { localSearch, localSearchDefaults } from './localSearch';
import { nsga2, nsga2Defaults } from './nsga2';
import type { ObjectiveSettings, Optimizer } from './optimizer';
import { randomSearch, randomSearchDefaults } from './randomSearch';
import { regularizedEvolution, regularizedEvolutionDefaults } from './regularizedEvolution';
import { reinforce, reinforceDefaults } from './reinforce';

/** Keeps each entry's own settings and state types while checking the shape every entry shares. */
const entry = <S extends ObjectiveSettings, St>(e: {
  label: string;
  /** 'reward' optimizers maximise the MnasNet reward; 'pareto' ones search the accuracy–hardware front. */
  objective: 'reward' | 'pareto';
  create: (settings: S, seed: number) => Optimizer<St>;
  defaultSettings: S;
}) => e;

export const optimizers = {
  rs: entry({ label: 'Random search', objective: 'reward', create: randomSearch, defaultSettings: randomSearchDefaults }),
  re: entry({
    label: 'Regularized evolution',
    objective: 'reward',
    create: regularizedEvolution,
    defaultSettings: regularizedEvolutionDefaults,
  }),
  reinforce: entry({ label: 'REINFORCE', objective: 'reward', create: reinforce, defaultSettings: reinforceDefaults }),
  ls: entry({ label: 'Local search', objective: 'reward', create: localSearch, defaultSettings: localSearchDefaults }),
  nsga2: entry({ label: 'NSGA-II', objective: 'pareto', create: nsga2, defaultSettings: nsga2Defaults }),
};

export type OptimizerId = keyof typeof optimizers;
export const OPTIMIZER_IDS = Object.keys(optimizers) as [OptimizerId, ...OptimizerId[]];
export type OptimizerSettings<I extends OptimizerId> = (typeof optimizers)[I]['defaultSettings'];
/** What `state().algorithm` holds for each optimizer. */
export type OptimizerAlgorithmState<I extends OptimizerId> =
  ReturnType<(typeof optimizers)[I]['create']> extends Optimizer<infer S> ? S : never;
