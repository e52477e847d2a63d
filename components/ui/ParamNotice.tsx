// Says which parameters of the address a view could not use as given, what it uses instead and why,
// instead of silently showing something else (/search's race, /data's chart and filters). One notice
// for every view that corrects its address, so they read and look alike.
import type { ParamCorrection } from '@/lib/url/raceParamCorrections';

export interface ParamNoticeProps {
  corrections: readonly ParamCorrection[];
  /** What happened to them: "changed" (a corrected value is used) or "not used" (the default applies). */
  verb: 'changed' | 'not used';
  testId: string;
  itemTestId?: string;
  /** A closing sentence, e.g. how to get a link that says what is shown. */
  footer?: string;
}

export function ParamNotice({ corrections, verb, testId, itemTestId, footer }: ParamNoticeProps) {
  if (corrections.length === 0) return null;
  const headingId = `${testId}-heading`;
  return (
    <section
      role="status"
      aria-labelledby={headingId}
      data-testid={testId}
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950"
    >
      <h2 id={headingId} className="font-semibold">
        {corrections.length === 1
          ? `One setting in this address was ${verb}`
          : `${corrections.length} settings in this address were ${verb}`}
      </h2>
      <ul className="space-y-1">
        {corrections.map((c) => (
          <li key={c.param} data-testid={itemTestId} data-param={c.param} className="break-words">
            <code className="font-mono">
              {c.param}={c.given}
            </code>{' '}
            → <strong>{c.used}</strong>. {c.why}
          </li>
        ))}
      </ul>
      {footer && <p>{footer}</p>}
    </section>
  );
}
