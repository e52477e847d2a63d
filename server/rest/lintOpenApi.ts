// Lints the generated OpenAPI document with the two linters API users run on it: Redocly's
// `recommended` ruleset (what `redocly lint` applies) and Spectral's `spectral:oas` (what
// `spectral lint` applies), through their libraries rather than their CLIs (same engines and
// rulesets, no extra process). Used by openApiLint.test.ts and `npm run lint:api`.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Document, Spectral } from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';

export interface LintProblem {
  linter: 'redocly' | 'spectral';
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  message: string;
  /** JSON path of the offending node. */
  path: string;
}

const SPECTRAL_SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

export async function lintOpenApi(document: unknown): Promise<LintProblem[]> {
  const source = JSON.stringify(document, null, 2);
  const redocly = await lintFromString({
    source,
    absoluteRef: 'openapi.json',
    config: await createConfig({ extends: ['recommended'] }),
  });
  const spectral = new Spectral();
  spectral.setRuleset(oas as never);
  const spectralResults = await spectral.run(new Document(source, Parsers.Json, 'openapi.json'));
  return [
    ...redocly.map((p): LintProblem => ({
      linter: 'redocly',
      severity: p.severity === 'error' ? 'error' : 'warning',
      rule: p.ruleId,
      message: p.message,
      path: p.location[0]?.pointer ?? '',
    })),
    ...spectralResults.map((r): LintProblem => ({
      linter: 'spectral',
      severity: SPECTRAL_SEVERITY[r.severity] ?? 'error',
      rule: String(r.code),
      message: r.message,
      path: r.path.join('.'),
    })),
  ];
}
