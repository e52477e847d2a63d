// A free TCP port on 127.0.0.1 for a server a script is about to start (the OS picks one, or the
// port asked for is checked free). It is free when this resolves; the caller starts its server at once.
import { createServer } from 'node:net';

/** `port` 0 (the default): any free port. Otherwise that port, rejecting when it is in use. */
export function freePort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(port, '127.0.0.1', () => {
      const { port: taken } = s.address() as { port: number };
      s.close(() => resolve(taken));
    });
  });
}
