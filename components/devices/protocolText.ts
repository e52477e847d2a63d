// How a stored or just-measured profile timed its models, in one sentence for /devices/[id] and
// /devices/new. Profiles measured before rounds (no `rounds`) timed every model in two passes.
import type { DeviceProfile } from '@/core/profile/deviceProfile';

export function protocolText(p: DeviceProfile['protocol']): string {
  return p.rounds === undefined
    ? `${p.warmup} warm-up and ${p.repeats} timed runs per model in two passes (the pass with the smaller median kept)`
    : `${p.rounds} rounds over the networks (the first ${p.kernelRounds ?? p.rounds} over the kernels too), each with ${p.warmup} warm-up and ${p.repeats} timed runs per model (a round keeps the fastest run; a model's time is the median over rounds after each round's level is divided out)`;
}
