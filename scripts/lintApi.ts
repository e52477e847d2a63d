// `npm run lint:api`: the OpenAPI document (as /api/openapi.json serves it) through Redocly's
// `recommended` and Spectral's `spectral:oas` rulesets; prints every problem, exits 1 on any.
// server/rest/openApiLint.test.ts checks the same in `npm test`.
import { lintOpenApi } from '@/server/rest/lintOpenApi';
import { openApiDocument } from '@/server/rest/openApiDocument';
import { DELETE_ROUTES, REST_ROUTES, WRITE_ROUTES } from '@/server/rest/routes';

const problems = await lintOpenApi(openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES));
for (const p of problems) console.log(`${p.linter} ${p.severity} ${p.rule} at ${p.path || '(root)'}: ${p.message}`);
const paths = Object.keys(openApiDocument(REST_ROUTES, undefined, WRITE_ROUTES, DELETE_ROUTES).paths).length;
console.log(
  problems.length === 0 ? `OpenAPI document (${paths} paths): no Redocly or Spectral problems.` : `${problems.length} problem(s).`,
);
process.exit(problems.length === 0 ? 0 : 1);
