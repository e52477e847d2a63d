// The objective settings every optimizer starts from: throughput maximised with ANB's reward, and a
// reference point at the origin, which every positive accuracy and throughput dominates.
import type { ObjectiveSettings } from './optimizer';

/**
 * Reward as ANB's bi-objective search (`search_mo.py`: VCK190 throughput, target 400 img/s, w = +0.07).
 * For latency the caller sets `hardwareDirection: 'min'`, a negative w and a reference latency worse
 * than any architecture of interest; there is no device-free default for those.
 */
export const defaultObjectiveSettings: ObjectiveSettings = {
  hardwareDirection: 'max',
  reward: { target: 400, w: 0.07 },
  reference: { accuracy: 0, hardware: 0 },
};
