// An oversized body is refused with 413 before it is read: a declared length at once, a chunked
// stream as soon as it passes the route's limit. Measured against a real listening server, so
// the figures (time, RSS growth) are what a client on the network would cause (docs/RELIABILITY.md).
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../testing/harness.js';
import { DEFAULT_BODY_LIMIT } from './limits.js';

let t: Awaited<ReturnType<typeof testApp>>;
let server: ReturnType<typeof serve>;
let port: number;

beforeAll(async () => {
  t = await testApp({ demo: false });
  server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

interface Sent {
  status: number;
  body: string;
  ms: number;
  bytesSent: number;
}

/** Streams `total` bytes of one JSON string as the body, stopping as soon as the server answers. */
function stream(path: string, total: number, headers: Record<string, string> = {}): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let bytesSent = 0;
    let answered = false;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started, bytesSent });
      });
    });
    req.on('error', (e) => {
      if (!answered) reject(e);
    });
    req.write('{"municipality":"');
    const pump = () => {
      while (!answered && bytesSent < total) {
        bytesSent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}');
    };
    pump();
  });
}

describe('body limits', () => {
  it('refuses a declared length over the limit at once, without reading it', async () => {
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/api/auth/login',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(500 * 1024 * 1024) },
      });
      req.on('response', (r) => {
        let body = '';
        r.on('data', (d) => {
          body += d;
        });
        r.on('end', () => {
          req.destroy();
          resolve({ status: r.statusCode ?? 0, body });
        });
      });
      req.on('error', reject);
      req.write('{"municipality":"');
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
  });

  it('refuses an anonymous 200 MB chunked sign-in quickly with memory bounded', async () => {
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const res = await stream('/api/auth/login', 200 * 1024 * 1024);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const growthMiB = (peak - rssBefore) / 2 ** 20;
    console.log(
      `[limits] 200 MB chunked POST /api/auth/login: ${res.status} after ${Math.round(res.ms)} ms, ` +
        `${(res.bytesSent / 2 ** 20).toFixed(1)} MiB sent before the answer, RSS growth ${growthMiB.toFixed(1)} MiB`,
    );
    expect(res.status).toBe(413);
    expect(res.ms).toBeLessThan(5_000);
    expect(res.bytesSent).toBeLessThan(50 * 1024 * 1024);
    expect(growthMiB).toBeLessThan(64);
    // The server still answers others at once.
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
  });

  it('lets a body under the limit through to the route', async () => {
    const res = await stream('/api/auth/login', DEFAULT_BODY_LIMIT / 2);
    expect(res.status).toBe(400);
  });

  it('answers 401 to an anonymous upload before reading any of it', async () => {
    const res = await stream('/api/actuals/imports', 100 * 1024 * 1024);
    expect(res.status).toBe(401);
    expect(res.bytesSent).toBeLessThan(50 * 1024 * 1024);
  });
});
