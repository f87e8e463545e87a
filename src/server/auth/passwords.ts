import { hash, verify } from '@node-rs/argon2';
import { passwordProblem } from '../../core/auth/passwordPolicy.js';
import { fail } from '../../core/errors.js';

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, options);

/**
 * The hash of a password someone has just chosen, once the policy accepts it; otherwise a 400
 * naming `field`. Stored hashes (the demo's) are written with hashPassword and not checked.
 */
export async function hashChosenPassword(password: string, person: { email?: string | null; name?: string | null }, field = 'password') {
  const problem = passwordProblem(password, person);
  if (problem) throw fail('validation', problem, { fields: [{ field, message: problem }] });
  return hashPassword(password);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  // Unknown users cost as much as known ones, so timing does not reveal which e-mails exist.
  if (!stored) {
    await hash(password, options);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
