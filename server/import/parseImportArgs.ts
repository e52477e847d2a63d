// Command-line flags of `npm run import`, parsed strictly: an unknown or malformed flag is an error
// value naming it, which the CLI prints with the usage.
import { parseArgs } from 'node:util';
import { err, ok, type Result } from '@/core/result';

export interface ImportArgs {
  /** Data folder; undefined means the default (ANB_DATA_DIR, data/accel-nasbench, ../shared/accel-nasbench). */
  dataDir?: string;
  skipInvalid: boolean;
  help: boolean;
}

export const IMPORT_USAGE = `Usage: npm run import -- [--data DIR] [--skip-invalid]

Imports the Accel-NASBench data into the database (PGlite in build/pglite, ANB_DB_DIR, or the
Postgres server named by DATABASE_URL). Nothing changes when the database already holds the data.

  --data DIR       folder holding anb_dataset_jsons.tar.gz (or result_N.json files), splits/ and
                   proxy-fidelity/; default ANB_DATA_DIR, else data/accel-nasbench, else ../shared/accel-nasbench
  --skip-invalid   import the valid records and files and list the ones left out, instead of refusing
  -h, --help       show this help`;

export function parseImportArgs(argv: string[]): Result<ImportArgs, { code: 'bad_arguments'; message: string }> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        'skip-invalid': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) {
      return err({
        code: 'bad_arguments',
        message: `Unexpected argument "${positionals[0]}"; give the data folder as --data ${positionals[0]}.`,
      });
    }
    if (values.data !== undefined && (values.data.trim() === '' || values.data.startsWith('-'))) {
      return err({ code: 'bad_arguments', message: `--data needs a folder, got "${values.data}".` });
    }
    return ok({ dataDir: values.data, skipInvalid: values['skip-invalid'], help: values.help });
  } catch (e) {
    // node:util names the flag in its message, e.g. "Unknown option '--skip'".
    return err({ code: 'bad_arguments', message: (e as Error).message.replace(/\. To specify .*$/s, '.') });
  }
}
