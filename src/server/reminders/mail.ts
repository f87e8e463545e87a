// E-mail out of the outbox. Every e-mail is first a row in `outbox` (written in the sweep's
// transaction); with an SMTP server configured the sweep then claims and sends the pending and
// failed ones, one attempt each, so a failed send is retried by the next sweep and a sent one
// never again. Without SMTP the rows are 'held': administrators read them under Utkorg.
import { type Kysely, sql } from 'kysely';
import type { Transporter } from 'nodemailer';
import type { DB } from '../db/schema.js';
import { type Config, readConfig } from '../runtime/config.js';

export type MailSettings = Config['mail'];

/** Attempts per e-mail before it stays failed. */
export const maxAttempts = 5;
/** A 'sending' row older than this was cut off (the process stopped mid-send): try again. */
const stuckMinutes = 10;

let settings: MailSettings | null = null;
let transport: { url: string; transporter: Transporter } | null = null;

/** The mail settings in force: from the environment unless a test or the server set them. */
export const mailSettings = (): MailSettings => {
  settings ??= readConfig().mail;
  return settings;
};

export function setMailSettings(next: MailSettings | null) {
  settings = next;
  transport?.transporter.close();
  transport = null;
}

async function transporter(url: string): Promise<Transporter> {
  if (transport?.url !== url) {
    // Loaded when first needed: most processes (the CLI, a server without SMTP) never send.
    const nodemailer = (await import('nodemailer')).default;
    transport?.transporter.close();
    // Short timeouts: a sweep must not hang on a server that does not answer.
    transport = {
      url,
      transporter: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }),
    };
  }
  return transport.transporter;
}

/** The state a new e-mail starts in. */
export const newMailState = () => (mailSettings().smtpUrl ? 'pending' : 'held');

/**
 * Sends what is waiting: claims pending, failed (attempts left) and stuck rows by setting them
 * 'sending' in one statement (so two sweeps never send the same row), then sends each and
 * records sent or failed. Returns the counts.
 */
export async function deliverOutbox(db: Kysely<DB>, municipalityId?: string): Promise<{ sent: number; failed: number }> {
  const { smtpUrl, from } = mailSettings();
  if (!smtpUrl) return { sent: 0, failed: 0 };
  const scope = municipalityId ? sql`AND municipality_id = ${municipalityId}` : sql``;
  const { rows } = await sql<{ municipality_id: string; id: string; to_address: string; subject: string; body: string }>`
    UPDATE outbox SET state = 'sending', attempts = attempts + 1, attempted_at = now()
    WHERE (municipality_id, id) IN (
      SELECT municipality_id, id FROM outbox
      WHERE ((state IN ('pending', 'failed') AND attempts < ${maxAttempts})
         OR (state = 'sending' AND attempted_at < now() - make_interval(mins => ${stuckMinutes}))) ${scope}
      ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED)
    RETURNING municipality_id, id, to_address, subject, body`.execute(db);
  let sent = 0;
  let failed = 0;
  const mailer = rows.length ? await transporter(smtpUrl) : null;
  for (const r of rows) {
    const where = (q: ReturnType<typeof update>) => q.where('municipality_id', '=', r.municipality_id).where('id', '=', r.id);
    try {
      await mailer?.sendMail({ from, to: r.to_address, subject: r.subject, text: r.body });
      await where(update(db).set({ state: 'sent', sent_at: new Date(), last_error: null })).execute();
      sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await where(update(db).set({ state: 'failed', last_error: message.slice(0, 500) })).execute();
      failed++;
    }
  }
  return { sent, failed };
}

const update = (db: Kysely<DB>) => db.updateTable('outbox');
