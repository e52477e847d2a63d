// A page's searchParams (Next.js: a value, a list for a repeated key, or undefined) back into a query
// string, "?…" or "" — so a redirect can carry the address's parameters on to where it points.

export function queryString(params: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of value === undefined ? [] : [value].flat()) query.append(key, v);
  const text = query.toString();
  return text ? `?${text}` : '';
}
