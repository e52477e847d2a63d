// Child process of importKill.test.ts: imports a data folder into a PGlite folder and says on stdout
// when the import's transaction reaches a chosen point, so the parent can SIGKILL it right there.
// Usage: tsx server/import/importKillChild.ts <pglite dir> <data dir> <table> <rows> <pause|race>
//   pause: wait inside the open transaction until killed; race: carry on towards the commit.
import { openDatabase } from '@/server/db/openDatabase';
import { importDataset, type ImportedTable } from './importDataset';

const [dbDir, dataDir, table, rows, mode] = process.argv.slice(2);
if (!dbDir || !dataDir || !table || !Number.isInteger(Number(rows)) || (mode !== 'pause' && mode !== 'race')) {
  console.error('usage: importKillChild.ts <pglite dir> <data dir> <table> <rows> <pause|race>');
  process.exit(2);
}

const opened = await openDatabase({ dataDir: dbDir });
let reached = false;
const result = await importDataset(opened.db, dataDir, {
  onProgress: async (p) => {
    if (reached || p.table !== (table as ImportedTable) || p.rows < Number(rows)) return;
    reached = true;
    // Pipes are written synchronously on Linux: the line is out before the next statement runs.
    process.stdout.write(`REACHED ${p.table} ${p.rows}/${p.total}\n`);
    // A pending timer keeps the process (and the open transaction) alive until the SIGKILL.
    if (mode === 'pause') await new Promise(() => setInterval(() => {}, 1000));
  },
});
process.stdout.write(`FINISHED ${result.ok ? result.value.status : result.error.code}\n`);
await opened.close();
