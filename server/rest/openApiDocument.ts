// The OpenAPI 3.1 document, generated from the REST routes' zod schemas (never written by hand).
import { z } from 'zod';
import type { RestRoute } from './restRoute';

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string().describe('What is wrong and what is allowed') }) });

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Record<string, unknown>;
}

function parameters(route: RestRoute) {
  const out: Record<string, unknown>[] = [];
  for (const [where, obj] of [['path', route.params], ['query', route.query]] as const) {
    for (const [name, field] of Object.entries(obj.shape as Record<string, z.ZodType>)) {
      const schema = jsonSchema(field, 'input');
      const { description, ...rest } = schema;
      out.push({ name, in: where, required: where === 'path' || !field.safeParse(undefined).success, description, schema: rest });
    }
  }
  return out;
}

export function openApiDocument(routes: RestRoute[], serverUrl?: string) {
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
          400: { description: 'Invalid parameter: the message names it, the value found and what is allowed', content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } } },
          404: { description: 'Not found', content: { 'application/json': { schema: jsonSchema(errorSchema, 'output') } } },
        },
      },
    };
  }
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
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
  };
}
