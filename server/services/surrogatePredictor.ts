// The server's one surrogate session (onnxruntime-node), loaded from the built model folder on first
// use and kept for the process's life. A missing model is a 503 that says how to build it.
import 'server-only';
import path from 'node:path';
import { createNodePredictor, type NodePredictor } from '@/surrogates/runtime/createNodePredictor';
import { env } from '@/server/env';
import { ServiceError } from './serviceError';

const cache = globalThis as typeof globalThis & { __anbPredictor?: Promise<NodePredictor> };

/** Where the trained model lives: ANB_MODEL_DIR, else public/models (what the browser also loads). */
export function modelDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.ANB_MODEL_DIR ?? 'public/models');
}

export function getPredictor(): Promise<NodePredictor> {
  if (!cache.__anbPredictor) {
    const loading = createNodePredictor(modelDir(), { threads: 1 }).catch((e: Error) => {
      cache.__anbPredictor = undefined;
      throw new ServiceError('unavailable', `The surrogate model is not available: ${e.message}`);
    });
    cache.__anbPredictor = loading;
  }
  return cache.__anbPredictor;
}
