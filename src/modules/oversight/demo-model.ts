/** The shape of the demo conclusions and tasks (demo-data.ts), and the demo communes they name (issue 8 §6). */
import type { Priority, SourceKind } from './schema.js';

/** An agency by its name (a provincial department) or by commune code and kind. */
export type AgencyKey = string | { commune: string; kind: 'people_committee' | 'pas_centre' };

/** What happens to a task, in date order (YYYY-MM-DD, at 09:30 Vietnam time). */
export type Step =
  | { do: 'accept'; on: string }
  | { do: 'progress'; on: string; percent: number; text: string; attachment?: string }
  | {
      do: 'extend';
      on: string;
      to: string;
      reason: string;
      decided?: { on: string; grant: boolean; note: string };
    }
  | { do: 'complete'; on: string; text: string; attachment?: string }
  | { do: 'confirm'; on: string }
  | { do: 'reopen'; on: string; note: string };

export interface DemoTask {
  title: string;
  content: string;
  lead: AgencyKey;
  coordinators?: AgencyKey[];
  deadline: string;
  priority: Priority;
  expectedOutput: string;
  steps: Step[];
}

export interface DemoConclusion {
  issuerUnit: string;
  issuerName: string;
  /** `own` when absent; outside sources: demo-outside.ts. */
  source?: SourceKind;
  kind: 'conclusion_notice' | 'directive';
  number: string;
  issuedOn: string;
  title: string;
  summary: string;
  fromMeeting: boolean;
  signerName: string;
  /** Who decides extensions and reviews completions for the issuer. */
  reviewer: string;
  tasks: DemoTask[];
}

/** Demo communes and wards of Cao Bằng (reference/units). */
export const THUC_PHAN = '01273';
export const HOA_AN = '01654';
export const TRA_LINH = '01447';
export const QUANG_UYEN = '01576';
