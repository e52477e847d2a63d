// A whole number with thousands separators, as `toLocaleString('en-US')` prints it, without Intl: the
// first Intl formatting on a page loads ICU's data, a ~40–100 ms main-thread task that showed up as
// the largest piece of /pareto's and /search's first render with data.
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(Math.round(value)).toString();
  // 1e21 and up print in exponent form: nothing to group.
  const grouped = digits.includes('e') ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 && grouped !== '0' ? `-${grouped}` : grouped;
}
