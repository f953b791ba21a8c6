#!/usr/bin/env node
// The `programme` command. Runs the CLI from its V8 startup snapshot
// (dist/snapshot/, built by `npm run build`: code loaded, compiled and warmed
// up, fonts parsed) when there is one for this Node; otherwise, or when the
// run needs worker threads (many files, a larger heap), runs the
// compiled CLI (dist/cli/main.js) in this process. Both give the same files,
// messages and exit status. (The snapshot converts up to a few dozen files
// one after the other, sooner done than by starting cold worker threads.)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);

const snapshot = usableSnapshot();
if (snapshot) runSnapshot(snapshot);
else if (process.env.PROGRAMME_SNAPSHOT === 'require') {
  process.stderr.write('programme: PROGRAMME_SNAPSHOT=require, but no usable snapshot (run `npm run build`)\n');
  process.exitCode = 1;
} else void runInProcess();

async function runInProcess() {
  const { main } = await import('../dist/cli/main.js');
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    process.stderr.write(`programme: unexpected error: ${error?.message ?? error}\n`);
    if (argv.includes('--verbose')) process.stderr.write(`${error?.stack}\n`);
    process.exitCode = 1;
  }
}

/**
 * The snapshot and the flags it was built with, if it was built by this
 * Node on this machine type and nothing would change V8's configuration
 * (a snapshot refuses to start under other V8 flags). PROGRAMME_SNAPSHOT=off
 * turns it off.
 */
function usableSnapshot() {
  if (process.env.PROGRAMME_SNAPSHOT === 'off') return undefined;
  if (process.execArgv.length > 0 || (process.env.NODE_OPTIONS ?? '').trim() !== '') return undefined;
  const blob = process.env.PROGRAMME_SNAPSHOT_BLOB || join(ROOT, 'dist', 'snapshot', 'programme.blob');
  try {
    const meta = JSON.parse(readFileSync(`${blob}.json`, 'utf8'));
    const built = meta.node === process.version && meta.arch === process.arch && meta.platform === process.platform;
    return built && Array.isArray(meta.v8Flags) && existsSync(blob) ? { blob, v8Flags: meta.v8Flags } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs the snapshot in a child process, passing its output, exit status and
 * signals through. It tells this process (one JSON object a line on fd 3)
 * when it has started, when it starts and ends each file (with the time
 * limit, which this process enforces: a synchronous loop cannot be stopped
 * from inside) and when the run needs worker threads. If the run needs them, runs over
 * its time limit or crashes (out of memory), the in-process CLI runs it
 * again, as the reference, and reports it its own way.
 */
function runSnapshot({ blob, v8Flags }) {
  // Output goes straight through, as it happens (a progress bar, a line per
  // failed file). A run handed back before any file is done has printed
  // nothing; one stopped later (time limit, memory) has printed the lines of
  // the files it finished, and the run done again prints them again.
  const child = spawn(process.execPath, [...v8Flags, '--snapshot-blob', blob, ROOT, ...argv], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
  });

  let started = false;
  let fallback;
  let timedOut = false;
  const folders = new Set();
  let timer;
  let received = '';
  child.stdio[3].setEncoding('utf8').on('data', (text) => {
    received += text;
    let end;
    while ((end = received.indexOf('\n')) >= 0) {
      const line = received.slice(0, end);
      received = received.slice(end + 1);
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        continue;
      }
      if (message.event === 'ready') started = true;
      else if (message.event === 'fallback') fallback = message.reason ?? 'needs worker threads';
      else if (message.event === 'start') {
        folders.add(message.folder);
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, message.timeoutMs);
      } else if (message.event === 'end') clearTimeout(timer);
    }
  });

  let interrupted;
  const forward = (signal) => {
    interrupted = signal;
    child.kill(signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, forward);

  let settled = false;
  // Could not even be started: the in-process CLI runs instead.
  child.on('error', () => {
    if (settled) return;
    settled = true;
    for (const s of signals) process.off(s, forward);
    void runInProcess();
  });
  child.on('close', (code, signal) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    for (const s of signals) process.off(s, forward);
    if (interrupted && signal) {
      process.kill(process.pid, signal);
      return;
    }
    // Never started (the snapshot did not load), asked for workers, ran over
    // its time or crashed: done again in this process.
    if (!started || fallback || timedOut || signal) {
      removeTemporaryFiles(folders, child.pid);
      if (process.env.PROGRAMME_SNAPSHOT === 'require') {
        const reason = !started ? 'did not start' : fallback ? fallback : timedOut ? 'timed out' : `died of ${signal}`;
        process.stderr.write(`programme: PROGRAMME_SNAPSHOT=require, but the snapshot run ${reason}\n`);
        process.exitCode = 1;
      } else void runInProcess();
      return;
    }
    process.exitCode = code ?? 1;
  });
}

/** Outputs a killed child was writing (`.NAME.EXT.PID.tmp`, see src/temporary-files.ts). */
function removeTemporaryFiles(folders, pid) {
  for (const folder of folders) {
    let names = [];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (name.startsWith('.') && name.endsWith(`.${pid}.tmp`)) rmSync(join(folder, name), { force: true });
  }
}
