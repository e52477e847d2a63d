// The operations of an OpenAPI document grouped by tag, for /api-docs' list (ApiOperations): parsed with
// zod, so a document without the fields the list shows fails with the operation named.
import { z } from 'zod';

const operationSchema = z.object({ summary: z.string(), tags: z.array(z.string()).min(1), operationId: z.string() });
const documentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  tags: z.array(z.object({ name: z.string(), description: z.string() })),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface ApiOperation {
  method: (typeof METHODS)[number];
  path: string;
  summary: string;
  operationId: string;
}

export interface ApiOperationGroups {
  title: string;
  version: string;
  openapi: string;
  groups: { tag: string; description: string; operations: ApiOperation[] }[];
}

/** The document's operations grouped by their first tag, in the document's tag order; throws with the offending path. */
export function groupOperations(raw: unknown): ApiOperationGroups {
  const doc = documentSchema.parse(raw);
  const groups = doc.tags.map((t) => ({ tag: t.name, description: t.description, operations: [] as ApiOperation[] }));
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      if (item[method] === undefined) continue;
      const op = operationSchema.safeParse(item[method]);
      if (!op.success) throw new Error(`/api/openapi.json: ${method.toUpperCase()} ${path} has no summary, tags or operationId.`);
      const group = groups.find((g) => g.tag === op.data.tags[0]);
      if (!group)
        throw new Error(`/api/openapi.json: ${method.toUpperCase()} ${path} has tag "${op.data.tags[0]}", which is not declared.`);
      group.operations.push({ method, path, summary: op.data.summary, operationId: op.data.operationId });
    }
  }
  return { title: doc.info.title, version: doc.info.version, openapi: doc.openapi, groups: groups.filter((g) => g.operations.length > 0) };
}
