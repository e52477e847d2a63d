// Kendall τ as the device pages show it: three decimals, or "—" when it is undefined (every prediction
// tied, e.g. a tiny profile whose fit clamps both held-out networks to the floor; JSON carries it as null).
export function formatTau(tau: number | null): string {
  return tau !== null && Number.isFinite(tau) ? tau.toFixed(3) : '—';
}
