// One process owns an embedded data directory (decision 0016). The lock is held by something the
// kernel ties to the owner's life, never by a timestamp the owner has to keep fresh: on Linux an
// abstract Unix socket, on Windows a named pipe. Both refuse a second listener atomically however
// busy the owner is, and are released the instant the owner dies, even by SIGKILL. Elsewhere
// (macOS) a pid file checked with kill(pid, 0) stands in. Either way DATA_DIR/styr.pid says, in
// words, which process owns the directory.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {}

export type LockMethod = 'socket' | 'pidfile';

export interface DataDirLock {
  method: LockMethod;
  release: () => Promise<void>;
}

const PID_FILE = 'styr.pid';

export const defaultLockMethod = (): LockMethod => (process.platform === 'linux' || process.platform === 'win32' ? 'socket' : 'pidfile');

/**
 * The socket's name comes from the directory's identity (device and inode), so two spellings of
 * one directory (symlinks, bind mounts, relative paths) meet on the same name.
 */
export function lockAddress(dataDir: string, platform: NodeJS.Platform = process.platform): string {
  const s = statSync(dataDir, { bigint: true });
  const id = createHash('sha256').update(`${s.dev}:${s.ino}`).digest('hex').slice(0, 32);
  return platform === 'win32' ? `\\\\.\\pipe\\styr-${id}` : `\0styr-${id}`;
}

const ownerText = () =>
  `${process.pid}\nDenna Styr-process äger datakatalogen: pid ${process.pid} på ${hostname()}, startad ${new Date().toISOString()}.\n`;

/** The pid written in DATA_DIR/styr.pid, if any. */
export function recordedOwner(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, PID_FILE), 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function lockedError(dataDir: string, pid: number | null) {
  return new DataDirLockedError(
    `Datakatalogen ${dataDir} används redan av en annan Styr-process${pid ? ` (pid ${pid})` : ''}. ` +
      'Stoppa den först, eller välj en annan katalog med DATA_DIR.',
  );
}

function removeOwnFile(dataDir: string) {
  if (recordedOwner(dataDir) === process.pid) rmSync(join(dataDir, PID_FILE), { force: true });
}

async function lockWithSocket(dataDir: string): Promise<DataDirLock> {
  const server: Server = createServer((conn) => conn.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? lockedError(dataDir, recordedOwner(dataDir)) : err),
    );
    server.listen({ path: lockAddress(dataDir), exclusive: true }, resolve);
  });
  // The lock must not keep a finished command (`styr migrate`) alive.
  server.unref();
  writeFileSync(join(dataDir, PID_FILE), ownerText());
  return {
    method: 'socket',
    release: async () => {
      removeOwnFile(dataDir);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The fallback: create the pid file exclusively; a file left by a process that no longer runs is
 * taken over. Weaker than the socket (a reused pid looks alive, and two takeovers of one stale
 * file can race), which is why it is used only where no socket of that kind exists.
 */
function lockWithPidFile(dataDir: string): DataDirLock {
  const file = join(dataDir, PID_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, ownerText(), { flag: 'wx' });
      return { method: 'pidfile', release: async () => removeOwnFile(dataDir) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = recordedOwner(dataDir);
      if (pid !== null && alive(pid)) throw lockedError(dataDir, pid);
      rmSync(file, { force: true });
    }
  }
  throw lockedError(dataDir, recordedOwner(dataDir));
}

export async function lockDataDir(dataDir: string, method: LockMethod = defaultLockMethod()): Promise<DataDirLock> {
  const lock = method === 'socket' ? await lockWithSocket(dataDir) : lockWithPidFile(dataDir);
  // The directory proper-lockfile left behind (before decision 0016) means nothing any more.
  rmSync(join(dataDir, 'styr.lock'), { recursive: true, force: true });
  return lock;
}
