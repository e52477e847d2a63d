// What the page, its metadata and its Open Graph image say about one architecture code: the parsed
// architecture (or the codec's error), analytic MACs/params, and the measured top-1 when it is in the
// dataset. One server-side look-up shared by the three.
import 'server-only';
import { cache } from 'react';
import { macsParams } from '@/core/metrics/macsParams';
import { parsePathCode } from '@/components/editor/parsePathCode';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import { serverCaller } from '@/lib/trpc/serverCaller';

export type ArchitectureMeta =
  | { ok: false; raw: string; message: string }
  | {
      ok: true;
      code: string;
      arch: Architecture;
      macs: number;
      params: number;
      detail: Awaited<ReturnType<Awaited<ReturnType<typeof serverCaller>>['architectures']['byCode']>> | null;
    };

/** Cached per request: the page and generateMetadata ask for the same code. */
export const architectureMeta = cache(async (rawParam: string): Promise<ArchitectureMeta> => {
  const { raw, result: parsed } = parsePathCode(rawParam);
  if (!parsed.ok) return { ok: false, raw, message: parsed.error.message };
  const code = formatArchitectureCode(parsed.value);
  const api = await serverCaller();
  // Not in the dataset is an answer (predicted only), not an error.
  const detail = await api.architectures.byCode({ code }).catch((e: { code?: string }) => {
    if (e?.code === 'NOT_FOUND') return null;
    throw e;
  });
  return { ok: true, code, arch: parsed.value, ...macsParams(parsed.value), detail };
});
