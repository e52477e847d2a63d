import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoad } from './loadClients';
import { requestRecorder } from './requestRecorder';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers JSON, except that its `cutAt`-th response stops mid-body and the connection ends. */
function serve(cutAt: number): Promise<{ origin: string; served: () => number }> {
  let n = 0;
  server = createServer((req, res) => {
    n++;
    if (n === cutAt) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"cut":"');
      setTimeout(() => res.socket?.end(), 20);
      return;
    }
    if (req.url === '/slow') return void setTimeout(() => res.end('{"slow":true}'), 2000);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, served: () => n }),
    ),
  );
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((r) => setTimeout(r, 10));
};

describe('startLoad', () => {
  it('records a body cut mid-way as one connection error and goes on answering on a new connection', async () => {
    const { origin } = await serve(50);
    const recorder = requestRecorder();
    const run = startLoad({ origin, connections: 1, paths: ['/api/v1/a', '/api/v1/b'], timeoutMs: 2000, recorder });
    await until(() => recorder.events.length >= 200);
    const sent = await run.stop();
    const lost = recorder.events.filter((e) => e.outcome !== 'response');
    expect(lost).toEqual([expect.objectContaining({ outcome: 'error', errorCode: 'UND_ERR_SOCKET', path: '/api/v1/b' })]);
    expect(recorder.events.filter((e) => e.status === 200 && !e.truncated)).toHaveLength(recorder.events.length - 1);
    expect(sent).toBe(recorder.events.length);
  });

  it('counts an answer slower than the timeout as a timeout, and stop() waits for the requests in flight', async () => {
    const { origin } = await serve(0);
    const recorder = requestRecorder();
    const run = startLoad({ origin, connections: 2, paths: ['/slow'], timeoutMs: 300, recorder });
    await until(() => recorder.events.length >= 2);
    await run.stop();
    expect(recorder.events.every((e) => e.outcome === 'timeout' && e.endMs - e.startMs >= 290)).toBe(true);
  });
});
