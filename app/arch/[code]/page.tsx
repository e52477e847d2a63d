// /arch/[code] — one architecture: its 7 stages drawn and editable, every target predicted in the
// browser next to what was measured, nearest measured neighbours, distance from the training data and
// the best single edit. This page renders the header, title and metadata; the editor itself is in
// app/arch/layout.tsx so edits do not remount it. An invalid code is a 404 whose page (not-found.tsx)
// says what is wrong.
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { SearchParams } from 'nuqs/server';
import { editorParamsCache } from '@/components/editor/editorParams';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { architectureMeta } from './architectureMeta';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meta = await architectureMeta((await params).code);
  if (!meta.ok) return { title: 'Invalid architecture code', description: meta.message };
  const top1 = meta.detail?.records[0]?.valTop1;
  return {
    title: `Architecture ${meta.code}`,
    description:
      `MnasNet-space architecture ${meta.code}: ${meta.macs.toFixed(1)} M MACs, ${meta.params.toFixed(2)} M parameters` +
      (top1 !== undefined
        ? `, measured top-1 ${top1.toFixed(2)}% in Accel-NASBench.`
        : '; not measured in Accel-NASBench, predicted by the surrogate.') +
      ' Edit its stages and see accuracy, throughput and latency on six accelerators.',
  };
}

export default async function ArchitecturePage({ params, searchParams }: Props) {
  const [{ code: raw }, query] = await Promise.all([params, searchParams]);
  const meta = await architectureMeta(raw);
  // Thrown before anything streams, so the status is 404; not-found.tsx beside this page explains the code.
  if (!meta.ok) notFound();
  const { dv } = editorParamsCache.parse(query);
  // A code with stray spaces is still that architecture: send the canonical address.
  if (meta.code !== raw) redirect(`/arch/${meta.code}`);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  return (
    <div className="space-y-6">
      <ViewHeader title="Architecture editor" version={stats.version} dv={dv}>
        <p>
          Change any stage and every target is predicted again in your browser, beside what Accel-NASBench measured and the change from the
          previous and the original architecture. The address names the architecture shown; Back and Forward walk your edits.
        </p>
      </ViewHeader>
    </div>
  );
}
