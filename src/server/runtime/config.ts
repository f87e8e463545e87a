// Settings from the environment, read in one place.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  secureCookies: boolean | undefined;
  /** STYR_TRUST_PROXY=1: a reverse proxy sets X-Forwarded-For, so the client's address is read from it. */
  trustProxy: boolean;
  webRoot: string;
  firstAdmin: { email: string; password: string; name: string; municipalityCode: string; municipalityName: string } | null;
  /** E-mail (decision 0011): without SMTP_URL every e-mail is held in the outbox for administrators. */
  mail: { smtpUrl: string | null; from: string; appUrl: string };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const admin = env.STYR_ADMIN_EMAIL && env.STYR_ADMIN_PASSWORD;
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    demo: env.STYR_DEMO !== '0',
    secureCookies: env.STYR_SECURE_COOKIES === undefined ? undefined : env.STYR_SECURE_COOKIES === '1',
    trustProxy: env.STYR_TRUST_PROXY === '1',
    webRoot: resolve(env.STYR_WEB_ROOT ?? 'dist/web'),
    firstAdmin: admin
      ? {
          email: env.STYR_ADMIN_EMAIL as string,
          password: env.STYR_ADMIN_PASSWORD as string,
          name: env.STYR_ADMIN_NAME ?? 'Administratör',
          municipalityCode: env.STYR_MUNICIPALITY_CODE ?? '',
          municipalityName: env.STYR_MUNICIPALITY_NAME ?? '',
        }
      : null,
    mail: {
      smtpUrl: env.SMTP_URL || null,
      from: env.MAIL_FROM || 'Styr <styr@localhost>',
      // Links in e-mails point here: the address people reach Styr at.
      appUrl: (env.STYR_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    },
  };
}
