// The OpenAPI document passes Redocly's `recommended` and Spectral's `spectral:oas` rulesets with no
// errors and no warnings (issue #16: it had 12 errors and 33 warnings between them).
import { describe, expect, it } from 'vitest';
import { lintOpenApi } from './lintOpenApi';
import { openApiDocument } from './openApiDocument';
import { DELETE_ROUTES, REST_ROUTES, WRITE_ROUTES } from './routes';

describe('OpenAPI lint', () => {
  it('has no Redocly or Spectral problems', async () => {
    const problems = await lintOpenApi(openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES));
    expect(problems.map((p) => `${p.linter} ${p.severity} ${p.rule} at ${p.path}: ${p.message}`)).toEqual([]);
  });

  it('finds problems in a document that has them (the linters are really running)', async () => {
    const doc = openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES) as Record<string, unknown>;
    const { security: _security, servers: _servers, ...bare } = doc;
    const rules = new Set((await lintOpenApi(bare)).map((p) => `${p.linter}:${p.rule}`));
    expect(rules).toContain('redocly:security-defined');
    expect(rules).toContain('redocly:no-empty-servers');
    expect(rules).toContain('spectral:oas3-api-servers');
  });
});
