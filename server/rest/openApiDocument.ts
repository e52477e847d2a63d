// The OpenAPI 3.1 document, generated from the REST routes' zod schemas (never written by hand). Its
// schemas are JSON Schema 2020-12 (OpenAPI 3.1's own dialect), so real responses validate against them
// as they are (openApiResponses.test.ts), and it passes Redocly's and Spectral's OpenAPI rulesets
// (openApiLint.test.ts).
import { z } from 'zod';
import type { DeleteRoute, RestRoute, WriteRoute } from './restRoute';

/** Every error body: what handleRest.ts's errorResponse sends. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(['bad_request', 'forbidden', 'not_found', 'payload_too_large', 'rate_limited', 'overloaded', 'internal']),
    message: z.string().describe('What is wrong, where, and what is allowed'),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('For an invalid parameter or body: each problem with the dotted path of the field'),
    details: z.record(z.string(), z.unknown()).optional().describe('Machine-readable extras, e.g. retryAfterSeconds of a rate limit'),
  }),
});

/** What each tag groups, for the reference page's sections. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  dataset: "The 5,138 measured records of Accel-NASBench: architectures, accuracies, training time and the paper's split",
  devices:
    'The six accelerators, their metrics and how the devices rank the same architectures, and devices profiled by users (store, read, delete with the token)',
  pareto: 'Measured Pareto fronts of accuracy against a device metric',
  proxy: 'How well the searched training proxy ranks architectures against the reference recipe',
  surrogates: 'Predictions of the trained surrogates for any architecture of the search space, with uncertainty',
  searches: 'Neural architecture searches run on the surrogates and stored on the server',
};

/** Query parameters the handler reads as numbers (it parses and checks them itself; see architectureRestQuery.ts). */
const NUMERIC_QUERY = /^(min_|max_)|^limit$/;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

const hasFields = (schema: z.ZodObject) => Object.keys(schema.shape).length > 0;

function parameters(route: RestRoute) {
  const out: Record<string, unknown>[] = [];
  for (const [where, obj] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    for (const [name, field] of Object.entries(obj.shape as Record<string, z.ZodType>)) {
      const schema = jsonSchema(field, 'input');
      const { description, ...rest } = schema;
      const typed = where === 'query' && NUMERIC_QUERY.test(name) ? { ...rest, type: name === 'limit' ? 'integer' : 'number' } : rest;
      out.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, description, schema: typed });
    }
  }
  return out;
}

export function openApiDocument(routes: RestRoute[], serverUrl?: string, writeRoutes: WriteRoute[] = [], deleteRoutes: DeleteRoute[] = []) {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: jsonSchema(apiErrorSchema, 'output') } },
  });
  // Every route answers 503 when the dataset or model is missing (README, "Running it") or when the
  // instance is overloaded (server/http/turnScheduler.ts: code `overloaded`, with Retry-After).
  const unavailable = {
    ...error(
      'Overloaded (retry after the Retry-After seconds), or the dataset or trained surrogates are missing (the message says what to run)',
    ),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait, when overloaded' } },
  };
  for (const route of routes) {
    paths[route.path] = {
      get: {
        operationId: route.operationId,
        summary: route.summary,
        description: route.description ?? `${route.summary}.`,
        tags: [route.tag],
        parameters: parameters(route),
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
          400: error('Invalid or unknown parameter: the message names it, the value found and what is allowed'),
          // Only a path parameter can name something that does not exist.
          ...(hasFields(route.params) ? { 404: error('Nothing has this identifier: the message says what to list instead') } : {}),
          503: unavailable,
        },
      },
    };
  }
  for (const route of writeRoutes) {
    const ok = { content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } };
    paths[route.path] = {
      ...paths[route.path],
      post: {
        operationId: route.operationId,
        summary: route.summary,
        description: route.description ?? `${route.summary}.`,
        tags: [route.tag],
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
        responses: {
          200: { description: route.responses?.existing ?? 'Already stored: the stored run', ...ok },
          201: { description: route.responses?.created ?? 'Run and stored', ...ok },
          400: error('Invalid body: the message names the field, the value found and what is allowed'),
          413: error('Body larger than the limit'),
          429: {
            ...error("Rate limited: retry after the Retry-After header's seconds"),
            headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
          },
          503: unavailable,
        },
      },
    };
  }
  for (const route of deleteRoutes) {
    paths[route.path] = {
      ...paths[route.path],
      delete: {
        operationId: route.operationId,
        summary: route.summary,
        description: route.description ?? `${route.summary}.`,
        tags: [route.tag],
        parameters: [
          ...parameters({ ...route, query: z.object({}) } as unknown as RestRoute),
          {
            name: 'X-Delete-Token',
            in: 'header',
            required: true,
            description: 'The delete token handed out once when this was stored',
            schema: { type: 'string' },
          },
        ],
        responses: {
          200: { description: 'Deleted', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
          400: error('Invalid identifier or no X-Delete-Token header'),
          403: error('The token does not match'),
          404: error('Nothing has this identifier: the message says what to list instead'),
          429: {
            ...error("Rate limited: retry after the Retry-After header's seconds"),
            headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
          },
          503: unavailable,
        },
      },
    };
  }
  const allTags = [...routes.map((r) => r.tag), ...writeRoutes.map((r) => r.tag), ...deleteRoutes.map((r) => r.tag)];
  return {
    openapi: '3.1.0',
    info: {
      title: 'ANB Explorer API',
      version: '1.0.0',
      description:
        'The measured Accel-NASBench dataset (Ahmad et al., DAC 2024, arXiv:2404.08005; Apache-2.0): 5,138 ImageNet-trained architectures of the MnasNet/EfficientNet search space with throughput and latency on six accelerators.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
      contact: { name: 'ANB Explorer maintainers' },
    },
    // Relative to where the document is served from, unless the caller knows the public address.
    servers: [{ url: serverUrl ?? '/', description: serverUrl ? 'This instance' : 'The instance serving this document' }],
    // Every operation is public: no API key, no login.
    security: [],
    tags: [...new Set(allTags)].map((name) => {
      const description = TAG_DESCRIPTIONS[name];
      if (!description) throw new Error(`OpenAPI tag "${name}" has no description: add it to TAG_DESCRIPTIONS in openApiDocument.ts`);
      return { name, description };
    }),
    paths,
  };
}
