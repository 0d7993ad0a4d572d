/**
 * One dossier's life over HTTP, as the web app drives it (issue 11 §2, §4, §5): a citizen applies online with an
 * Idempotency-Key, the clerk receives it at the counter (Form 01), the specialist asks for a supplement which
 * the clerk records, the specialist forwards it, the leader approves (the signed result is issued), the clerk
 * returns the result at the counter. Used by `npm run bench:flow` and by the crash tests.
 *
 * Every step is retried until it is acknowledged: an answer, or — after a lost answer (server killed) — the
 * dossier's own history showing the step's event (each step's event occurs once in this flow, and the version
 * check makes a retried step a 409, never a second application). A submission is retried with the same key.
 */

import { SAMPLE_BIRTH_DECLARATION } from '../modules/procedures/index.js';
import { samplePdf } from '../platform/files/test-fixtures.js';
import { HttpSession } from './http-session.js';

export const FLOW_STEPS = [
  'submit',
  'receive',
  'request_supplement',
  'provide_supplement',
  'forward',
  'approve',
  'return_result',
] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** The outbox event each step writes (dossiers.events.type). */
export const STEP_EVENT: Record<FlowStep, string> = {
  submit: 'submitted',
  receive: 'received',
  request_supplement: 'supplement_requested',
  provide_supplement: 'supplement_received',
  forward: 'forwarded',
  approve: 'approved',
  return_result: 'result_returned',
};

/** Every event a completed item has, in order (approval also issues the signed result). */
export const FLOW_EVENTS = [
  'submitted',
  'received',
  'supplement_requested',
  'supplement_received',
  'forwarded',
  'approved',
  'result_issued',
  'result_returned',
];

export const DEMO_COMMUNE = '01273';
/** Đăng ký khai sinh: offered online at the communes, workflow counter → specialist → leader → counter. */
export const FLOW_PROCEDURE = '1.001193';
/** A real one-page PDF: uploads are parsed (issue 18 §6). */
const PDF = samplePdf();

export interface FlowActors {
  citizen: HttpSession;
  clerk: HttpSession;
  specialist: HttpSession;
  leader: HttpSession;
  centreId: string;
  fileId: string;
}

/** Sign in the demo citizen and the officials of commune 01273 and upload the form's scan once. */
export async function prepareFlow(base: () => string): Promise<FlowActors> {
  const [citizen, clerk, specialist, leader] = ['congdan', 'motcua', 'chuyenvien', 'lanhdao.xa'].map(
    () => new HttpSession(base),
  ) as [HttpSession, HttpSession, HttpSession, HttpSession];
  await Promise.all([
    citizen.signIn('congdan'),
    clerk.signIn('motcua'),
    specialist.signIn('chuyenvien'),
    leader.signIn('lanhdao.xa'),
  ]);
  const unit = await citizen.call('GET', `/units/${DEMO_COMMUNE}`);
  const centre = (unit.body?.agencies ?? []).find((a: { kind: string }) => a.kind === 'pas_centre');
  if (!centre) throw new Error(`no PAS centre in ${DEMO_COMMUNE}: ${unit.status}`);
  const upload = await citizen.upload('to-khai.pdf', PDF, 'application/pdf');
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
  return { citizen, clerk, specialist, leader, centreId: centre.id, fileId: upload.body.fileId };
}

export interface ItemResult {
  key: string;
  id: string;
  /** Per step: milliseconds from the first attempt to the acknowledgement. */
  millis: Partial<Record<FlowStep, number>>;
  /** Steps acknowledged by reading the history after a lost answer. */
  observed: FlowStep[];
  /** Attempts that got no answer or a 5xx. */
  retries: number;
  /** Answers other than the step's success, by status (0: no answer): what the retries and read-backs met. */
  statuses: Record<number, number>;
}

export interface ItemOptions {
  /** Give up (throw) when a step is not acknowledged within this time. */
  stepTimeoutMs?: number;
  /** Pause between retries. */
  retryDelayMs?: number;
  /** Called with each write attempt's status (0: no answer) and when it was answered (the failover test). */
  onWrite?: (status: number, at: number) => void;
  /** Leave the item waiting at this step (a test that takes the step itself, in the browser). */
  stopBefore?: FlowStep;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Drive one item through every step; `key` is its Idempotency-Key. */
export async function runItem(a: FlowActors, key: string, options: ItemOptions = {}): Promise<ItemResult> {
  const timeout = options.stepTimeoutMs ?? 120_000;
  const delay = options.retryDelayMs ?? 250;
  const result: ItemResult = { key, id: '', millis: {}, observed: [], retries: 0, statuses: {} };
  const met = (status: number) => {
    result.statuses[status] = (result.statuses[status] ?? 0) + 1;
  };
  let version = 0;

  const submit = {
    procedureCode: FLOW_PROCEDURE,
    receivingAgencyId: a.centreId,
    applicant: { name: 'Nguyễn Văn An', phone: '0912345678', address: `Cao Bằng (${key})` },
    declaration: SAMPLE_BIRTH_DECLARATION,
    resultMethod: 'counter',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId: a.fileId },
      { name: 'Giấy chứng sinh', fileId: a.fileId },
    ],
  };
  const t0 = performance.now();
  for (;;) {
    const r = await a.citizen.call('POST', '/dossiers', submit, { 'idempotency-key': key });
    options.onWrite?.(r.status, performance.now());
    if (r.status === 201) {
      result.id = r.body.id;
      version = r.body.version;
      break;
    }
    if (r.status !== 0 && r.status < 500)
      throw new Error(`submit ${key}: ${r.status} ${JSON.stringify(r.body)}`);
    met(r.status);
    result.retries += 1;
    if (performance.now() - t0 > timeout) throw new Error(`submit ${key}: no answer (${r.body})`);
    await sleep(delay);
  }
  result.millis.submit = performance.now() - t0;

  const steps: Array<[FlowStep, HttpSession, string, object]> = [
    ['receive', a.clerk, 'reception', { decision: { kind: 'complete' } }],
    [
      'request_supplement',
      a.specialist,
      'actions',
      { action: { type: 'request_supplement', missing: ['Bản sao giấy tờ tùy thân'] } },
    ],
    [
      'provide_supplement',
      a.clerk,
      'actions',
      { action: { type: 'provide_supplement', documents: [{ name: 'Bản sao giấy tờ tùy thân' }] } },
    ],
    ['forward', a.specialist, 'actions', { action: { type: 'forward' } }],
    ['approve', a.leader, 'actions', { action: { type: 'approve' } }],
    ['return_result', a.clerk, 'actions', { action: { type: 'return_result', method: 'counter' } }],
  ];
  for (const [step, session, path, body] of steps) {
    if (step === options.stopBefore) break;
    const started = performance.now();
    for (;;) {
      const r = await session.call('POST', `/dossiers/${result.id}/${path}`, { version, ...body });
      options.onWrite?.(r.status, performance.now());
      if (r.status === 200) {
        version = r.body.version;
        break;
      }
      if (r.status === 409 || r.status === 0 || r.status >= 500) {
        met(r.status);
        // Lost answer or conflict: the dossier's history tells whether this step was applied.
        const seen = await session.call('GET', `/dossiers/${result.id}`);
        if (seen.status === 200) {
          const types: string[] = seen.body.history.map((h: { type: string }) => h.type);
          if (types.includes(STEP_EVENT[step])) {
            version = seen.body.version;
            result.observed.push(step);
            break;
          }
          if (r.status === 409) version = seen.body.version;
        }
        if (r.status !== 409) result.retries += 1;
      } else throw new Error(`${step} ${result.id}: ${r.status} ${JSON.stringify(r.body)}`);
      if (performance.now() - started > timeout) throw new Error(`${step} ${result.id}: not acknowledged`);
      await sleep(delay);
    }
    result.millis[step] = performance.now() - started;
  }
  return result;
}
