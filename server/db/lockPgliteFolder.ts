// One process at a time per PGlite folder. PGlite takes no lock of its own, and two processes writing
// one folder (say `npm run import` while `next dev` runs) corrupt it; a pid file beside the folder
// turns that into a clear error. A lock left by a process that died is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export interface FolderLock {
  release(): void;
}

export function lockPgliteFolder(dataDir: string): FolderLock {
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        const who = holder === process.pid ? 'this process already has it open' : `process ${holder} has it open (the app's server?)`;
        throw new Error(
          `The database folder ${dataDir} is in use: ${who}. Stop that process first; the server imports new data itself when it starts. Or set ANB_DB_DIR to another folder, or DATABASE_URL to a Postgres server.`,
          { cause: e },
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the database folder ${dataDir}: ${file} keeps reappearing.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
