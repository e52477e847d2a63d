// Architecture codes: 7 dash-separated groups of 4 digits `e k l s` (expansion, kernel, layers,
// squeeze-excite 1/0), block 0 first. EfficientNet-B0 is `1311-6321-6521-6331-6531-6541-6311`.
// Block numbers are 0-based to match ANB's `block{i}_*` names.
import { err, ok, type Result } from '../result';
import { BLOCK_COUNT, geneChoices, type Architecture, type Block, type Gene } from './searchSpace';

declare const codeBrand: unique symbol;
/** A string known to be a valid, canonical architecture code. */
export type ArchitectureCode = string & { readonly [codeBrand]: true };

export interface CodeError {
  code: 'invalid_code';
  message: string;
  /** 0-based block the problem is in, when it is in one. */
  block?: number;
  gene?: Gene;
  found?: string;
  allowed?: string[];
}

const GENE_NAMES: Record<Gene, string> = { e: 'expansion', k: 'kernel', l: 'layers', se: 'squeeze-excite' };
const GENE_ORDER: Gene[] = ['e', 'k', 'l', 'se'];
export const CODE_PATTERN = '^[0-9]{4}(-[0-9]{4}){6}$';

function allowedDigits(block: number, gene: Gene): string[] {
  return geneChoices(block, gene).map((v) => (typeof v === 'boolean' ? (v ? '1' : '0') : String(v)));
}

export function formatArchitectureCode(arch: Architecture): ArchitectureCode {
  return arch.map((b) => `${b.e}${b.k}${b.l}${b.se ? 1 : 0}`).join('-') as ArchitectureCode;
}

export function parseArchitectureCode(input: string): Result<Architecture, CodeError> {
  const text = input.trim();
  const groups = text.split('-');
  if (groups.length !== BLOCK_COUNT) {
    return err({
      code: 'invalid_code',
      message: `An architecture code has ${BLOCK_COUNT} dash-separated groups of 4 digits (one per block, "e k l se"), e.g. 1311-6321-6521-6331-6531-6541-6311; "${input}" has ${groups.length}.`,
      found: input,
    });
  }
  const blocks: Block[] = [];
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const group = groups[b];
    if (!/^[0-9]{4}$/.test(group)) {
      return err({
        code: 'invalid_code',
        message: `Block ${b}: "${group}" is not 4 digits (expansion, kernel, layers, squeeze-excite), e.g. 6321.`,
        block: b,
        found: group,
      });
    }
    const values: Partial<Record<Gene, number | boolean>> = {};
    for (let g = 0; g < 4; g++) {
      const gene = GENE_ORDER[g];
      const digit = group[g];
      const allowed = allowedDigits(b, gene);
      if (!allowed.includes(digit)) {
        return err({
          code: 'invalid_code',
          message: `Block ${b} ${GENE_NAMES[gene]} is ${digit}; allowed: ${allowed.join(', ')}.`,
          block: b,
          gene,
          found: digit,
          allowed,
        });
      }
      values[gene] = gene === 'se' ? digit === '1' : Number(digit);
    }
    blocks.push(values as unknown as Block);
  }
  return ok(blocks);
}

/** Canonical code of a string, or the parse error. */
export function normalizeArchitectureCode(input: string): Result<ArchitectureCode, CodeError> {
  const parsed = parseArchitectureCode(input);
  return parsed.ok ? ok(formatArchitectureCode(parsed.value)) : parsed;
}
