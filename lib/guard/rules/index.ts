/**
 * Every guard rule, in the order findings are reported. Explicit on purpose: a rule file that is
 * not listed here does not run, and tests/guard/conventions.test.ts fails until it is.
 */
import type { GuardRule } from '../types';
import fault from './fault';
import guarantee from './guarantee';
import productClaim from './product-claim';
import compensation from './compensation';
import blame from './blame';
import dismissive from './dismissive';
import sympathy from './sympathy';
import vagueTime from './vague-time';
import placeholder from './placeholder';
import teamPack from './team-pack';

export const GUARD_RULES: readonly GuardRule[] = [
  fault,
  guarantee,
  productClaim,
  compensation,
  blame,
  dismissive,
  sympathy,
  vagueTime,
  placeholder,
  teamPack,
];
