// The caller's language for the server's generic messages. Swedish is the source language; the
// generic texts (an error code's default message, zod's own validation texts) also exist in
// English. Messages written for one rule or field stay Swedish for now.
import { z } from 'zod';
import type { ErrorCode } from './errors.js';

export type Language = 'sv' | 'en';

/** The preferred of sv and en by Accept-Language's weights; Swedish when neither is named. */
export function preferredLanguage(header: string | undefined | null): Language {
  let best: { lang: Language; q: number } | null = null;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0];
    if (lang !== 'sv' && lang !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'sv';
}

export const englishDefaults: Record<ErrorCode, string> = {
  validation: 'The details are not valid. Correct the marked fields.',
  unauthenticated: 'You need to sign in.',
  forbidden: 'You are not allowed to do this.',
  not_found: 'What you are looking for does not exist.',
  conflict: 'This clashes with existing details.',
  stale_version: 'Someone else has changed these details since you opened them. Reload the page and make your change again.',
  org_rule: 'The change breaks a rule of the organisation.',
  plan_rule: 'The change breaks a rule of plans and goals.',
  budget_rule: 'The change breaks a rule of the budget.',
  throttled: 'Too many failed sign-in attempts. Wait a while and try again.',
  payload_too_large: 'What you sent is too large.',
  unsupported_media_type: 'Send the details as JSON (Content-Type: application/json).',
  bad_credentials: 'Wrong e-mail address or password.',
  unavailable: 'A service outside Styr is not answering right now. Try again in a while.',
  internal: 'Something went wrong on our side. Try again in a while.',
};

type Issue = Parameters<ReturnType<typeof z.locales.sv>['localeError']>[0];
const sv = z.locales.sv().localeError;
const en = z.locales.en().localeError;
const text = (m: unknown) => (typeof m === 'string' ? m : ((m as { message?: string } | undefined)?.message ?? ''));

/**
 * A zod issue's message in the caller's language: zod's own Swedish text (the server sets the
 * Swedish locale globally) becomes zod's English one; a message of our own is kept as written.
 */
export function issueMessage(issue: { message: string }, language: Language): string {
  if (language === 'sv') return issue.message;
  const generic = text(sv(issue as unknown as Issue));
  return generic && generic === issue.message ? text(en(issue as unknown as Issue)) || issue.message : issue.message;
}
