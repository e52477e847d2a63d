/// <reference lib="webworker" />
// The profiler Web Worker (#12): runs core/profile/runProfile — building each kernel and network as an
// ONNX graph, encoding it and timing it with onnxruntime-web (timeWebModel) — so the page's main thread
// only draws the progress. One profile at a time; `cancel` aborts between two timings.
import { ProfileCancelled, runProfile } from '@/core/profile/runProfile';
import { loadProfilerRuntime } from './loadProfilerRuntime';
import { profilerRequestSchema, type ProfilerReply, type ProfilerRuntime, type ProfilerStart } from './protocol';
import { timeWebModel } from './timeWebModel';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const running = new Map<number, AbortController>();

const reply = (r: ProfilerReply) => scope.postMessage(r);
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(msg: ProfilerStart): Promise<void> {
  const abort = new AbortController();
  running.set(msg.id, abort);
  try {
    let rt;
    try {
      rt = await loadProfilerRuntime();
    } catch (e) {
      reply({
        id: msg.id,
        kind: 'error',
        error: {
          code: 'runtime_failed',
          message: `onnxruntime-web could not start (${(e as Error).message}). Its files are served from /ort/; npm run build copies them there.`,
        },
      });
      return;
    }
    const runtime: ProfilerRuntime = {
      engine: 'onnxruntime-web',
      backend: rt.backend,
      threads: rt.threads,
      agent: navigator.userAgent.slice(0, 400),
      // Browsers do not name the CPU.
      cpu: '',
      cores: Math.min(1024, Math.max(1, navigator.hardwareConcurrency || 1)),
    };
    reply({ id: msg.id, kind: 'runtime', runtime });
    const measurements = await runProfile(msg.request, {
      // A macrotask turn before each timing: onnxruntime-web's runs resolve without one, so without it a
      // `cancel` message would wait in the queue until the whole profile had finished.
      time: async (model) => {
        await yieldToMessages();
        return timeWebModel(rt, model, msg);
      },
      known: new Map(msg.known),
      signal: abort.signal,
      onTimed: (key, timing) => reply({ id: msg.id, kind: 'timed', key, timing }),
      onProgress: (progress) => reply({ id: msg.id, kind: 'progress', progress }),
    });
    reply({ id: msg.id, kind: 'done', runtime, measurements });
  } catch (e) {
    reply(
      e instanceof ProfileCancelled
        ? { id: msg.id, kind: 'error', error: { code: 'cancelled', message: e.message } }
        : { id: msg.id, kind: 'error', error: { code: 'runtime_failed', message: `Timing failed: ${(e as Error).message ?? String(e)}` } },
    );
  } finally {
    running.delete(msg.id);
  }
}

scope.onmessage = (event: MessageEvent<unknown>) => {
  const parsed = profilerRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    const id = (event.data as { id?: unknown } | null)?.id;
    reply({
      id: typeof id === 'number' ? id : 0,
      kind: 'error',
      error: { code: 'invalid_request', message: `The profiler worker got a message it cannot read: ${parsed.error.issues[0].message}` },
    });
    return;
  }
  const msg = parsed.data;
  if (msg.kind === 'cancel') running.get(msg.id)?.abort();
  else void start(msg);
};
