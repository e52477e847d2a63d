// Maps a Gaussian prediction in a target's model space back to the target's natural units. A
// log-modelled target (throughput, latency, train time) is lognormal: its mean is exp(μ + σ²/2) and
// its standard deviation mean·sqrt(exp(σ²) − 1). The ONNX graph computes the same expressions.

export type TargetTransform = 'identity' | 'log';

export function naturalMoments(transform: TargetTransform, mu: number, variance: number): { mean: number; std: number } {
  if (transform === 'identity') return { mean: mu, std: Math.sqrt(variance) };
  const mean = Math.exp(mu + variance / 2);
  return { mean, std: mean * Math.sqrt(Math.exp(variance) - 1) };
}
