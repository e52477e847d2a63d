'use client';
// One measured metric of a device profile (#12), as /devices/new shows it before saving and
// /devices/[id] after: the fit's validation on the held-out networks (Kendall τ, share within ±10%,
// MAPE), the held-out networks predicted against measured, and the ANB device metrics that rank the
// profiled networks most alike.
import { HeldOutScatter } from '@/components/charts/HeldOutScatter';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { metricLabel } from '@/components/ui/metricLabel';
import type { HeldOutPoint } from '@/core/profile/fitDeviceProfile';
import type { PredictionQuality } from '@/core/profile/predictionQuality';
import { isDeviceMetricName } from '@/core/targets';
import { formatTau } from './formatTau';

export interface ProfileMetricResultProps {
  metric: 'latency' | 'throughput';
  label: string;
  unit: string;
  calibrationNetworks: number;
  validation: PredictionQuality | null;
  heldOut: readonly HeldOutPoint[];
  /** Best first; null while it is being computed. */
  mostLike: readonly { name: string; tau: number }[] | null;
  /** Shown instead of the list when it could not be computed. */
  mostLikeError?: string;
}

export function ProfileMetricResult(p: ProfileMetricResultProps) {
  const v = p.validation;
  return (
    <section aria-labelledby={`result-${p.metric}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`result-${p.metric}`} className="text-lg font-semibold">
        {p.label}
      </h3>
      {v ? (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4" data-testid={`validation-${p.metric}`}>
          <div>
            <dt className="text-muted">Kendall τ</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`validation-${p.metric}-tau`}>
              {formatTau(v.tau)}
            </dd>
          </div>
          <div>
            <dt className="text-muted">Within ±10%</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`validation-${p.metric}-within10`}>
              {(100 * v.within10).toFixed(0)}%
            </dd>
          </div>
          <div>
            <dt className="text-muted">MAPE</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid={`validation-${p.metric}-mape`}>
              {v.mape.toFixed(1)}%
            </dd>
          </div>
          <div>
            <dt className="text-muted">Networks</dt>
            <dd className="tabular-nums" data-testid={`validation-${p.metric}-count`}>
              {v.count} held out, {p.calibrationNetworks} calibration
            </dd>
          </div>
        </dl>
      ) : (
        <p className="text-sm text-muted">Fewer than two held-out networks: no validation numbers.</p>
      )}
      {p.heldOut.length >= 2 && (
        <MeasuredWidth initialWidth={480}>
          {(width) => (
            <HeldOutScatter
              measured={p.heldOut.map((h) => h.measured)}
              predicted={p.heldOut.map((h) => h.predicted)}
              label={p.label}
              unit={p.unit}
              width={Math.min(width, 560)}
              height={Math.round(Math.min(width, 560) * 0.7)}
              testId={`held-out-${p.metric}`}
            />
          )}
        </MeasuredWidth>
      )}
      <div className="text-sm">
        <p className="text-muted">Ranks the profiled networks most like (surrogate predictions of ANB&apos;s devices):</p>
        {p.mostLikeError ? (
          <p role="alert">{p.mostLikeError}</p>
        ) : p.mostLike === null ? (
          <p role="status">Comparing with ANB&apos;s devices…</p>
        ) : (
          <ol className="list-decimal pl-6" data-testid={`most-like-${p.metric}`}>
            {p.mostLike.slice(0, 3).map((m) => (
              <li key={m.name}>
                {isDeviceMetricName(m.name) ? metricLabel(m.name, 'long') : m.name}{' '}
                <span className="tabular-nums text-muted">τ {formatTau(m.tau)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
