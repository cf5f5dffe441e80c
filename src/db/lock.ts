import fs from 'node:fs';
import path from 'node:path';

/** Another live process holds the data folder. */
export class DataDirInUseError extends Error {}

export interface DataDirLock {
  release(): void;
}

/**
 * PGlite is one process, one connection: a second process on the same folder silently loses
 * writes. The first process takes a pid lock file; any other one is refused with a clear message.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const file = path.join(dataDir, 'fingraph.lock');
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const holder = Number(fs.readFileSync(file, 'utf8').trim());
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new DataDirInUseError(
        `The embedded database in ${dataDir} is in use by process ${holder}. PGlite allows one process per ` +
          'data folder: stop that process, or use DATABASE_URL with a PostgreSQL server for several processes.',
      );
    }
    fs.writeFileSync(file, String(process.pid)); // stale lock from a crashed process
  }
  return {
    release() {
      try {
        if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
      } catch {
        /* already gone */
      }
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
