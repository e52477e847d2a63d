// A REST route described once: its path, its query and path parameters and its response as zod
// schemas. The handler, the OpenAPI document and the tests all read this one description.
import type { z } from 'zod';

export interface RestRoute<P extends z.ZodObject = z.ZodObject, Q extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  /** OpenAPI path, e.g. `/api/v1/architectures/{code}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params: P;
  query: Q;
  response: R;
  /** Runs the procedure with parsed parameters. */
  run: (params: z.output<P>, query: z.output<Q>) => Promise<z.input<R>>;
}

export function defineRoute<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType>(
  route: RestRoute<P, Q, R>,
): RestRoute<P, Q, R> {
  return route;
}

/** A POST route: a JSON body (read with a size cap) validated by `body`, answered with `response`. */
export interface WriteRoute<B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  body: B;
  response: R;
  /** Byte cap of the body; default MAX_BODY_BYTES (16 KiB). */
  maxBodyBytes?: number;
  /** What the 200 and 201 answers mean, for the document. */
  responses?: { existing: string; created: string };
  /** Runs the procedure for a client (its rate-limit key); `created` picks 201 over 200. */
  run: (body: z.output<B>, client: string) => Promise<{ created: boolean; body: z.input<R> }>;
}

export function defineWriteRoute<B extends z.ZodType, R extends z.ZodType>(route: WriteRoute<B, R>): WriteRoute<B, R> {
  return route;
}

/**
 * A DELETE route: a path parameter naming the thing and a secret in the `X-Delete-Token` header (never
 * in the URL, which logs keep). 403 for the wrong token, 404 for nothing there.
 */
export interface DeleteRoute<P extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params: P;
  response: R;
  run: (params: z.output<P>, token: string, client: string) => Promise<z.input<R>>;
}

export function defineDeleteRoute<P extends z.ZodObject, R extends z.ZodType>(route: DeleteRoute<P, R>): DeleteRoute<P, R> {
  return route;
}
