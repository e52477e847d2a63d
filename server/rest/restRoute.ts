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

export function defineRoute<P extends z.ZodObject, Q extends z.ZodObject, R extends z.ZodType>(route: RestRoute<P, Q, R>): RestRoute<P, Q, R> {
  return route;
}
