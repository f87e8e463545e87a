import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordPolicy.js';

const anna = { email: 'anna.svensson@flen.example', name: 'Anna Svensson' };

describe('the password policy', () => {
  it.each([
    ['kort-losen', /minst 12 tecken/],
    ['aaaaaaaaaaaa', /samma tecken/],
    ['password1234', /vanligt|teckenföljd/],
    ['123456789012', /vanligt|teckenföljd/],
    ['qwertyuiopåasd', /teckenföljd|vanligt/],
    ['anna.svensson', /namn eller din e-postadress/],
    ['annasvensson2026', /namn eller din e-postadress/],
  ])('refuses %s, naming the field', (password, why) => {
    const problem = passwordProblem(password, anna);
    expect(problem).toMatch(/^Lösenordet /);
    expect(problem).toMatch(why);
  });

  it.each(['korv-med-bröd-och-senap', 'Tre gröna äpplen i Flen', 'styr-demo-admin'])('accepts %s', (password) => {
    expect(passwordProblem(password, anna)).toBeNull();
  });
});
