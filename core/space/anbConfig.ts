// Conversion between architectures and ANB's flat `block{i}_{e,k,l,se}` configuration form,
// the shape of `architecture` in every result_N.json and of ANB's ConfigSpace.
import { err, ok, type Result } from '../result';
import { BLOCK_COUNT, GENES, geneChoices, type Architecture, type Block } from './searchSpace';

export type AnbConfig = Record<string, number | boolean>;

export function toAnbConfig(arch: Architecture): AnbConfig {
  const config: AnbConfig = {};
  arch.forEach((b, i) => {
    config[`block${i}_e`] = b.e;
    config[`block${i}_k`] = b.k;
    config[`block${i}_l`] = b.l;
    config[`block${i}_se`] = b.se;
  });
  return config;
}

export interface ConfigError {
  code: 'invalid_config';
  message: string;
  path: string;
}

export function fromAnbConfig(config: Record<string, unknown>): Result<Architecture, ConfigError> {
  const blocks: Block[] = [];
  for (let i = 0; i < BLOCK_COUNT; i++) {
    const block: Record<string, number | boolean> = {};
    for (const gene of GENES) {
      const key = `block${i}_${gene}`;
      const value = config[key];
      const allowed = geneChoices(i, gene);
      if (!allowed.includes(value as number | boolean)) {
        return err({
          code: 'invalid_config',
          path: key,
          message: `${key} is ${JSON.stringify(value)}; allowed: ${allowed.map(String).join(', ')}.`,
        });
      }
      block[gene] = value as number | boolean;
    }
    blocks.push(block as unknown as Block);
  }
  const extra = Object.keys(config).filter((k) => !/^block[0-6]_(e|k|l|se)$/.test(k));
  if (extra.length > 0) {
    return err({ code: 'invalid_config', path: extra[0], message: `Unknown architecture key ${extra[0]}; keys are block0_e … block6_se.` });
  }
  return ok(blocks);
}
