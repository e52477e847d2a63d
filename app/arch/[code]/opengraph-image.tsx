// The architecture's Open Graph card, rendered on the server with next/og (its bundled font, nothing
// fetched): the code, the 7 stages as boxes (one per layer, wider for a larger expansion, darker for
// kernel 5, amber dot for squeeze-excite), MACs, params and the measured top-1 when it was measured.
import { ImageResponse } from 'next/og';
import { architectureMeta } from './architectureMeta';

export const alt = 'An Accel-NASBench architecture: its 7 stages, MACs, parameters and measured top-1 accuracy';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

const INK = '#0f172a';
const MUTED = '#475569';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', marginRight: 56 }}>
      <div style={{ fontSize: 26, color: MUTED }}>{label}</div>
      <div style={{ fontSize: 52, color: INK }}>{value}</div>
    </div>
  );
}

export default async function Image({ params }: { params: Promise<{ code: string }> }) {
  const meta = await architectureMeta((await params).code);
  const frame = {
    width: '100%',
    height: '100%',
    display: 'flex',
    flexDirection: 'column' as const,
    background: '#f8fafc',
    padding: 56,
    fontFamily: 'sans-serif',
  };
  if (!meta.ok) {
    return new ImageResponse(
      <div style={frame}>
        <div style={{ fontSize: 30, color: MUTED }}>ANB Explorer</div>
        <div style={{ fontSize: 60, fontWeight: 700, color: INK, marginTop: 24 }}>Not an architecture code</div>
        <div style={{ fontSize: 30, color: '#991b1b', marginTop: 24 }}>{meta.message}</div>
      </div>,
      size,
    );
  }
  // Both trainings of the 13 architectures trained twice.
  const top1 = meta.detail?.records.map((r) => r.valTop1.toFixed(2));
  return new ImageResponse(
    <div style={frame}>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: MUTED }}>
        <div>ANB Explorer · Accel-NASBench architecture</div>
        <div>{top1 ? 'measured' : 'not measured: predicted only'}</div>
      </div>
      <div style={{ fontSize: 52, color: INK, marginTop: 12, letterSpacing: 1 }}>{meta.code}</div>
      <div style={{ display: 'flex', alignItems: 'flex-end', height: 250, marginTop: 28 }}>
        {meta.arch.map((b, s) => (
          <div
            key={s}
            style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'flex-end', width: 150, height: 250 }}
          >
            {b.se ? (
              <div style={{ width: 16, height: 16, borderRadius: 8, background: '#f59e0b', marginBottom: 6 }} />
            ) : (
              <div style={{ height: 22 }} />
            )}
            {Array.from({ length: b.l }, (_, j) => (
              <div
                key={j}
                style={{
                  width: b.e === 1 ? 44 : b.e === 4 ? 86 : 124,
                  height: 40,
                  marginTop: 6,
                  borderRadius: 6,
                  background: b.k === 5 ? '#1d4ed8' : '#93c5fd',
                }}
              />
            ))}
            <div style={{ fontSize: 22, color: MUTED, marginTop: 10 }}>{`stage ${s}`}</div>
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', marginTop: 30 }}>
        <Figure label="MACs" value={`${meta.macs.toFixed(1)} M`} />
        <Figure label="Params" value={`${meta.params.toFixed(2)} M`} />
        {top1 ? (
          <Figure label={top1.length > 1 ? 'Measured top-1 (two trainings)' : 'Measured top-1'} value={`${top1.join(' / ')}%`} />
        ) : null}
      </div>
    </div>,
    size,
  );
}
