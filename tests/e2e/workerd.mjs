// Runs a bundled worker in workerd, Cloudflare's runtime (the `workerd` package; no network but
// localhost), for the end-to-end tests that compare a function's results at the edge with Node's.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as workerd from 'workerd';

/** A port free on 127.0.0.1 now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Serves `code` (an ES module whose default export has `fetch`) from workerd, with no compatibility
 * flag, writing its files into `dir`. Resolves once it answers, with its origin, a `post(body)` that
 * returns the parsed JSON answer, its output so far and `stop()`; a workerd that cannot start or
 * does not answer in 30 s rejects with what it printed.
 */
export async function startWorkerd(dir, code) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'worker.js'), code);
  const port = await freePort();
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "${workerd.compatibilityDate}",
);
`,
  );
  const binary = workerd.default?.default ?? workerd.default;
  const child = spawn(binary, ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const server = {
    origin: `http://127.0.0.1:${port}`,
    output: '',
    /** POSTs `body` as JSON; resolves with the status and the parsed answer. */
    async post(body) {
      const response = await fetch(server.origin, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, json: response.status === 200 ? await response.json() : undefined };
    },
    stop: () => child.kill(),
  };
  child.stdout.on('data', (chunk) => (server.output += chunk));
  child.stderr.on('data', (chunk) => (server.output += chunk));
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited (${child.exitCode}):\n${server.output}`);
    try {
      await fetch(server.origin, { method: 'HEAD' });
      return server;
    } catch {
      if (Date.now() > deadline) {
        child.kill();
        throw new Error(`workerd did not answer in 30 s:\n${server.output}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
