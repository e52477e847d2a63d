// Says when the URL's `large` was not understood (e.g. `large=yes`), instead of silently showing normal
// type; nothing for the spellings that mean on or off (true/1, false/0) or for no `large` at all.
import { FLAG_SPELLINGS, parseFlag } from '@/lib/url/parseAsFlag';

export function LargeTypeNote({ raw }: { raw: string | string[] | undefined }) {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || parseFlag(value) !== null) return null;
  return (
    <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="large-note">
      <code>large={value}</code> was not understood, so the tour is in normal type: large type is{' '}
      {FLAG_SPELLINGS.on.map((s, i) => (
        <span key={s}>
          {i > 0 ? ' or ' : ''}
          <code>large={s}</code>
        </span>
      ))}
      .
    </p>
  );
}
