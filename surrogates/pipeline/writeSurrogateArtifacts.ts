// Writes a training run's files: <out>/anb-surrogate.onnx and <out>/manifest.json (what the browser
// fetches from /models/), and the report JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE } from '../runtime/manifestSchema';
import type { TrainingResult } from './trainSurrogates';

export function writeSurrogateArtifacts(
  result: TrainingResult,
  outDir: string,
  reportFile: string,
): { onnxFile: string; manifestFile: string } {
  mkdirSync(outDir, { recursive: true });
  const onnxFile = path.join(outDir, result.manifest.model.file);
  const manifestFile = path.join(outDir, MANIFEST_FILE);
  writeFileSync(onnxFile, result.onnx);
  writeFileSync(manifestFile, `${JSON.stringify(result.manifest, null, 2)}\n`);
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(result.report, null, 2)}\n`);
  return { onnxFile, manifestFile };
}
