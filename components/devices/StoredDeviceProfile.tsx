// A stored device profile as /devices/[id] shows it (#12): runtime and protocol, per metric the fit's
// validation, predicted against measured on the held-out networks, the ANB metrics it ranks most like,
// links to use it in /pareto and /compare, and Delete with the token.
import { protocolText } from './protocolText';
import type { inferOutput } from '@trpc/tanstack-react-query';
import Link from 'next/link';
import type { useTRPC } from '@/lib/trpc/TrpcProvider';
import { DeleteDeviceForm } from './DeleteDeviceForm';
import { ProfileMetricResult } from './ProfileMetricResult';

export type StoredDevice = inferOutput<ReturnType<typeof useTRPC>['devices']['profile']>;

export function StoredDeviceProfile({ device }: { device: StoredDevice }) {
  const r = device.runtime;
  const p = device.protocol;
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="device-facts">
        <dt className="text-muted">Id</dt>
        <dd className="font-mono">{device.id}</dd>
        <dt className="text-muted">Origin</dt>
        <dd data-testid="device-origin">{device.origin === 'browser' ? 'browser (onnxruntime-web)' : 'CLI (onnxruntime-node)'}</dd>
        <dt className="text-muted">Runtime</dt>
        <dd data-testid="device-runtime">
          {r.engine} on {r.backend}, {r.threads} thread{r.threads === 1 ? '' : 's'}, {r.cores} cores{r.cpu ? `, ${r.cpu}` : ''}
        </dd>
        <dt className="text-muted">Agent</dt>
        <dd className="break-words">{r.agent}</dd>
        <dt className="text-muted">Protocol</dt>
        <dd data-testid="device-protocol">
          {protocolText(p)}, seed {p.seed}; measured in {device.seconds.toFixed(0)} s on {device.profile.createdAt.slice(0, 10)}
        </dd>
      </dl>
      <section aria-labelledby="use-it" className="space-y-2">
        <h2 id="use-it" className="text-xl font-semibold">
          Use it
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {device.metrics.map((m) => (
            <li key={m.name}>
              {m.label}:{' '}
              <Link className="text-accent underline" href={`/pareto?metric=${m.name}`} data-testid={`use-pareto-${m.metric}`}>
                Pareto explorer
              </Link>
              {' · '}
              <Link className="text-accent underline" href={`/compare?a=${m.name}`} data-testid={`use-compare-${m.metric}`}>
                compare with ANB&apos;s devices
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="validation" className="space-y-3">
        <h2 id="validation" className="text-xl font-semibold">
          How well it predicts networks it never saw
        </h2>
        {device.metrics.map((m) => {
          const fit = device.fits.find((f) => f.metric === m.metric);
          return (
            <ProfileMetricResult
              key={m.name}
              metric={m.metric}
              label={m.label}
              unit={m.unit}
              calibrationNetworks={m.calibrationNetworks}
              validation={m.validation}
              heldOut={fit?.heldOut ?? []}
              mostLike={fit?.mostLike ?? []}
            />
          );
        })}
      </section>
      <DeleteDeviceForm id={device.id} name={device.name} />
    </div>
  );
}
