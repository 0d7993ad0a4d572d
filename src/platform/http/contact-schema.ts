/**
 * How every module's routes accept a person's contact details, so that one phone number is valid everywhere it is
 * typed (an account, a dossier's applicant, a feedback submitter). Vietnamese numbers are written with spaces, dots
 * or dashes and an optional +84; the notification outbox normalises them (ADR 0008).
 */
import { z } from 'zod';

export const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{6,20}$/, 'a phone number: digits, spaces, dots or dashes, optionally starting with +');

export const emailAddress = z.email().max(254);
