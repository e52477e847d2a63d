// groupOperations on an excerpt of this server's /api/openapi.json (two tags, three operations, one POST).
import { describe, expect, it } from 'vitest';
import { groupOperations } from './groupOperations';

const doc = {
  openapi: '3.1.0',
  info: { title: 'ANB Explorer API', version: '1.0.0' },
  tags: [
    { name: 'dataset', description: 'The 5,138 measured records of Accel-NASBench' },
    { name: 'devices', description: 'The six accelerators' },
    { name: 'searches', description: 'Neural architecture searches run on the surrogates and stored on the server' },
  ],
  paths: {
    '/api/v1/searches': {
      get: { summary: 'Stored proxy searches', tags: ['searches'], operationId: 'listSearches' },
      post: {
        summary: 'Run a search on the server against its surrogate and store it under a name',
        tags: ['searches'],
        operationId: 'createSearch',
      },
    },
    '/api/v1/architectures/{code}': {
      parameters: [],
      get: { summary: 'One architecture by code, with every measured record of it', tags: ['dataset'], operationId: 'getArchitecture' },
    },
  },
};

describe('groupOperations', () => {
  it('groups operations by their tag in the document’s tag order, leaving out tags without operations', () => {
    const g = groupOperations(doc);
    expect(g.title).toBe('ANB Explorer API');
    expect(g.openapi).toBe('3.1.0');
    expect(g.groups.map((x) => x.tag)).toEqual(['dataset', 'searches']);
    expect(g.groups[0].operations).toEqual([
      {
        method: 'get',
        path: '/api/v1/architectures/{code}',
        summary: 'One architecture by code, with every measured record of it',
        operationId: 'getArchitecture',
      },
    ]);
    expect(g.groups[1].operations.map((o) => `${o.method} ${o.operationId}`)).toEqual(['get listSearches', 'post createSearch']);
  });

  it('names the operation whose tag is not declared', () => {
    const bad = { ...doc, paths: { '/api/v1/stats': { get: { summary: 'Counts', tags: ['stats'], operationId: 'getStats' } } } };
    expect(() => groupOperations(bad)).toThrow('GET /api/v1/stats has tag "stats", which is not declared');
  });

  it('names the operation without a summary', () => {
    const bad = { ...doc, paths: { '/api/v1/stats': { get: { tags: ['dataset'], operationId: 'getStats' } } } };
    expect(() => groupOperations(bad)).toThrow('GET /api/v1/stats has no summary, tags or operationId');
  });
});
