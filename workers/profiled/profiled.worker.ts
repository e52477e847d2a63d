// The profiled-cloud worker (#12): a profiled device's hardware value for every row of /pareto's
// predicted cloud and the cloud's front on it, off the main thread (100,000 rows take ~160 ms of
// predictions and ~25 ms of front on this machine's cores, measured with tsx; too long for one task).
import { paretoFront } from '@/core/metrics/paretoFront';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { predictProfiledRows } from '@/core/profile/predictProfiledRows';
import type { ProfiledCloudRequest, ProfiledReply } from './protocol';

const post = (reply: ProfiledReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);

function answer(r: ProfiledCloudRequest): ProfiledReply {
  if (r.genes.length !== r.count * GENE_COUNT || r.ys.length !== r.count)
    return {
      id: r.id,
      ok: false,
      error: {
        code: 'invalid_request',
        message: `${r.count} rows need ${r.count * GENE_COUNT} gene bytes and ${r.count} accuracies; got ${r.genes.length} and ${r.ys.length}`,
      },
    };
  const started = performance.now();
  const mean = new Float32Array(r.count);
  const std = new Float32Array(r.count);
  predictProfiledRows(r.fit, r.genes, 0, r.count, { mean, std });
  const rows = r.keep ?? Int32Array.from({ length: r.count }, (_, i) => i);
  const xs = new Float64Array(rows.length);
  const ys = new Float64Array(rows.length);
  rows.forEach((i, j) => {
    xs[j] = mean[i];
    ys[j] = r.ys[i];
  });
  const front = Int32Array.from(paretoFront(xs, ys, { x: r.xDirection, y: r.yDirection }), (j) => rows[j]);
  return { id: r.id, ok: true, value: { count: r.count, mean, std, front, ms: performance.now() - started } };
}

self.onmessage = (event: MessageEvent<ProfiledCloudRequest>) => {
  const reply = answer(event.data);
  post(reply, reply.ok ? [reply.value.mean.buffer, reply.value.std.buffer, reply.value.front.buffer] : []);
};
