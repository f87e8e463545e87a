// `styr serve`: migrate, load the demo on a fresh embedded database, make sure someone can
// sign in, then serve the API and the web app.
import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { createApp } from '../app.js';
import type { Database } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { startJobsInBackground } from '../jobs/queue.js';
import { seedDemo } from '../seed/demo.js';
import { createFirstAdmin, hasUsers, issueSetupToken } from '../setup/service.js';
import type { Config } from './config.js';
import { openConfigured } from './open.js';

async function isEmpty(database: Database) {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM municipality`.execute(database.db);
  return rows[0]?.n === 0;
}

async function ensureSomeoneCanSignIn(database: Database, config: Config, url: string) {
  if (await hasUsers(database.db)) return;
  if (config.firstAdmin) {
    const a = config.firstAdmin;
    if (!/^\d{4}$/.test(a.municipalityCode) || !a.municipalityName) {
      throw new Error('STYR_ADMIN_EMAIL är satt: ange också STYR_MUNICIPALITY_CODE (fyra siffror) och STYR_MUNICIPALITY_NAME.');
    }
    await createFirstAdmin(database.db, a);
    console.log(`Administratören ${a.email} är skapad för ${a.municipalityName}.`);
    return;
  }
  const token = await issueSetupToken(database.db);
  console.log(
    `\nIngen användare finns ännu. Öppna denna engångslänk inom 24 timmar för att skapa den första administratören:\n  ${url}/setup#${token}\n`,
  );
}

export async function startServer(config: Config) {
  const started = performance.now();
  const database = await openConfigured(config);
  await migrate(database);
  if (database.kind === 'pglite' && config.demo && (await isEmpty(database))) {
    const demo = await seedDemo(database);
    console.log(`Demokommunen är inläst: ${demo.units} enheter, ${demo.people} personer (se README för inloggningar).`);
  }
  const url = `http://localhost:${config.port}`;
  await ensureSomeoneCanSignIn(database, config, url);
  if (!existsSync(config.webRoot)) console.warn(`Webbappen är inte byggd (${config.webRoot} saknas): kör npm run build.`);
  const app = createApp({ database, webRoot: config.webRoot, secureCookies: config.secureCookies, trustProxy: config.trustProxy });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    console.log(`Styr kör på ${url} (databas: ${database.kind}, klar efter ${Math.round(performance.now() - started)} ms)`);
  });
  // Every background job is a pg-boss job (decision 0018), started beside the listening server so
  // start-up does not wait; an import asked for meanwhile waits for it. Nothing running is failed
  // here: a job whose process died is pg-boss's to retry when its heartbeat lapses.
  const jobs = startJobsInBackground(database, config.databaseUrl).catch(
    (err) => void console.error('Bakgrundsjobben startade inte:', err),
  );
  const stop = () => {
    server.close();
    void jobs
      .then((j) => j?.stop())
      .finally(() => database.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { server, database, app };
}
