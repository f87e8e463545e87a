// The password policy (decision 0003): at least 12 characters, not a common password (zxcvbn's
// bundled list), not trivial (one character repeated, a sequence or keyboard run, the person's
// own name or e-mail) and, all told, not guessable in under 10^8 tries (zxcvbn score 3).
// Used wherever a password is chosen: the first administrator, an administrator setting one,
// a person changing their own. Passwords already stored (the demo's) are not checked again.
import { type MatchExtended, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const minPasswordLength = 12;
const minScore = 3;

let checker: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries take a moment to index.
const zxcvbn = () => {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker;
};

/** The parts of a name and e-mail address someone might build a password on, lower-cased. */
export function personalWords(person: { email?: string | null; name?: string | null }): string[] {
  const email = (person.email ?? '').toLowerCase();
  const local = email.split('@')[0] ?? '';
  const name = (person.name ?? '').toLowerCase();
  const parts = [email, local, ...local.split(/[._+-]+/), name.replace(/\s+/g, ''), ...name.split(/[\s-]+/)];
  return [...new Set(parts.filter((w) => w.length >= 3))];
}

const message = {
  short: `Lösenordet måste ha minst ${minPasswordLength} tecken.`,
  personal: 'Lösenordet får inte bygga på ditt namn eller din e-postadress.',
  repeat: 'Lösenordet får inte bestå av samma tecken eller mönster upprepat.',
  sequence: 'Lösenordet får inte vara en teckenföljd som 1234, abcd eller qwerty.',
  common: 'Lösenordet är för vanligt: det finns i listor över vanliga lösenord.',
  weak: 'Lösenordet är för lätt att gissa. Välj en längre fras av flera ord.',
};

function weakestPart(sequence: MatchExtended[]): string {
  const patterns = sequence.map((m) => m.pattern);
  if (patterns.includes('repeat')) return message.repeat;
  if (patterns.includes('sequence') || patterns.includes('spatial')) return message.sequence;
  if (sequence.some((m) => m.pattern === 'dictionary' && m.dictionaryName === 'userInputs')) return message.personal;
  if (sequence.some((m) => m.pattern === 'dictionary')) return message.common;
  return message.weak;
}

/** What is wrong with the password, in Swedish, or null when the policy accepts it. */
export function passwordProblem(password: string, person: { email?: string | null; name?: string | null } = {}): string | null {
  if ([...password].length < minPasswordLength) return message.short;
  if (new Set(password).size === 1) return message.repeat;
  const words = personalWords(person);
  const lower = password.toLowerCase();
  // What is left once the person's own name and address are taken out must stand on its own.
  const rest = words.reduce((s, w) => s.split(w).join(''), lower);
  if (rest.length < 8 && rest.length < lower.length) return message.personal;
  const result = zxcvbn().check(password, words);
  return result.score >= minScore ? null : weakestPart(result.sequence);
}
