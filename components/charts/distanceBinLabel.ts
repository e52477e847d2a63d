// A gene-distance bin as the /surrogates view names it: "3–5", "6", or "≥ 8" for the open-ended last bin.
export function distanceBinLabel(bin: { min: number; max: number }, last: boolean): string {
  if (last) return `≥ ${bin.min}`;
  return bin.min === bin.max ? `${bin.min}` : `${bin.min}–${bin.max}`;
}
