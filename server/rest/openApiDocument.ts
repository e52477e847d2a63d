// The OpenAPI 3.1 document, generated from the REST routes' zod schemas (never written by hand).
import { z } from 'zod';
import type { RestRoute, WriteRoute } from './restRoute';

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string().describe('What is wrong and what is allowed') }) });

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
}

function parameters(route: RestRoute) {
  const out: Record<string, unknown>[] = [];
  for (const [where, obj] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    for (const [name, field] of Object.entries(obj.shape as Record<string, z.ZodType>)) {
      const schema = jsonSchema(field, 'input');
      const { description, ...rest } = schema;
      out.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, description, schema: rest });
    }
  }
  return out;
}

export function openApiDocument(routes: RestRoute[], serverUrl?: string, writeRoutes: WriteRoute[] = []) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] = {
      get: {
        operationId: route.operationId,
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        tags: [route.tag],
        parameters: parameters(route),
        responses: {
          200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } },
          400: {
            description: 'Invalid parameter: the message names it, the value found and what is allowed',
            content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } },
          },
          404: { description: 'Not found', content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } } },
        },
      },
    };
  }
  const error = (description: string) => ({ description, content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } } });
  for (const route of writeRoutes) {
    const ok = { content: { 'application/json': { schema: jsonSchema(route.response, 'output') } } };
    paths[route.path] = {
      ...paths[route.path],
      post: {
        operationId: route.operationId,
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        tags: [route.tag],
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } },
        responses: {
          200: { description: 'Already stored: the stored run', ...ok },
          201: { description: 'Run and stored', ...ok },
          400: error('Invalid body: the message names the field, the value found and what is allowed'),
          413: error('Body larger than the limit'),
          429: {
            ...error("Rate limited: retry after the Retry-After header's seconds"),
            headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } },
          },
        },
      },
    };
  }
  const allTags = [...routes.map((r) => r.tag), ...writeRoutes.map((r) => r.tag)];
  return {
    openapi: '3.0.3',
    info: {
      title: 'ANB Explorer API',
      version: '1.0.0',
      description:
        'The measured Accel-NASBench dataset (Ahmad et al., DAC 2024, arXiv:2404.08005; Apache-2.0): 5,138 ImageNet-trained architectures of the MnasNet/EfficientNet search space with throughput and latency on six accelerators.',
      license: { name: 'Apache-2.0' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: [...new Set(allTags)].map((name) => ({ name })),
    paths,
  };
}
