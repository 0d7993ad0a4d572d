/**
 * Which dossiers sub-indicators 2.1 and 5.4 of the Decision 766 scorecard count (issue 24 §5a). The written
 * formula — the Government Office's description the national portal computes by (RULES.md §1.5, §2: "processed or
 * in progress …; if the dossier is unfinished, the last day of the reporting period is used as the end") — counts
 * the dossiers still in progress at the end of the period; a narrower reading over the dossiers resolved in the
 * period leaves them out (tinhso's rule before this setting). The choice is an installation setting a provincial or
 * national system administrator makes, audited; the written formula is the default.
 */
import { z } from 'zod';
import type { Actor, Ctx } from '../../platform/context.js';
import { readSetting, writeSetting } from '../../platform/database/settings.js';
import { type DomainError, fail, forbiddenBecause, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import type { MethodLine } from './method.js';
import { READER_ROLES } from './policy.js';

/** period_end: the written formula, RULES.md §1.5 (default). resolved_only: the narrower reading, resolved only. */
export const IN_PROGRESS_RULES = ['resolved_only', 'period_end'] as const;
export type InProgressRule = (typeof IN_PROGRESS_RULES)[number];
export const DEFAULT_IN_PROGRESS_RULE: InProgressRule = 'period_end';

/** The key in platform.settings (one installation, one rule). */
export const IN_PROGRESS_RULE_SETTING = 'reports.in_progress_rule_766';

export const inProgressRuleInput = z.object({ rule: z.enum(IN_PROGRESS_RULES) }).strict();

interface Words {
  vi: string;
  en: string;
}

/** What each rule counts and the text it comes from, in the reader's words (shown on the page and in exports). */
export const IN_PROGRESS_RULE_WORDS: Record<
  InProgressRule,
  { name: Words; source: Words; effect: Words; formula21?: Words }
> = {
  resolved_only: {
    name: {
      vi: 'Chỉ tính hồ sơ đã giải quyết trong kỳ',
      en: 'Only dossiers resolved in the period',
    },
    source: {
      vi: 'Cách đọc hẹp chỉ số 2.1 và 5.4 của Quyết định 766/QĐ-TTg ngày 23/6/2022: chỉ hồ sơ đã giải quyết trong kỳ',
      en: 'A narrower reading of Decision 766/QĐ-TTg of 23/6/2022, sub-indicators 2.1 and 5.4: resolved dossiers only',
    },
    effect: {
      vi: 'Hồ sơ còn đang giải quyết cuối kỳ không được tính vào chỉ số 2.1 và 5.4.',
      en: 'Dossiers still in progress at the end of the period are left out of 2.1 and 5.4.',
    },
  },
  period_end: {
    name: {
      vi: 'Tính cả hồ sơ đang giải quyết, lấy ngày cuối kỳ làm ngày kết thúc',
      en: 'Dossiers in progress counted, the period’s last day as their end',
    },
    source: {
      vi: 'Văn phòng Chính phủ, “Mô tả công thức tính chỉ số 766” (cách tính của Cổng DVCQG)',
      en: 'Government Office, “Description of the formulas of the 766 index” (the national portal’s rule)',
    },
    effect: {
      vi: 'Hồ sơ còn đang giải quyết cuối kỳ được tính vào chỉ số 2.1 và 5.4: đúng hạn nếu đến cuối kỳ chưa quá hạn, quá hạn nếu đã quá hạn (thời gian chờ bổ sung được trừ; bổ sung quá 1 lần là quá hạn).',
      en: 'Dossiers still in progress at the end of the period count in 2.1 and 5.4: on time if not overdue by the end of the period, late if overdue (supplement waiting subtracted; more than one supplement request is late).',
    },
    formula21: {
      vi: '(trước hạn + đúng hạn + đang giải quyết chưa quá hạn cuối kỳ) ÷ (hồ sơ đã giải quyết trong kỳ + hồ sơ đang giải quyết cuối kỳ), theo cách tính của Cổng DVCQG',
      en: '(early + on time + in progress not overdue at the period’s end) ÷ (dossiers resolved in the period + in progress at its end), by the national portal’s rule',
    },
  },
};

interface RuleWords {
  rule: InProgressRule;
  name: string;
  nameEn: string;
  source: string;
  sourceEn: string;
  effect: string;
  effectEn: string;
}

export interface InProgressRuleView extends RuleWords {
  isDefault: boolean;
  /** Whether the reader may change it (the page offers the change only then). */
  canChange: boolean;
  /** Every rule an administrator may choose, in the reader's words (the confirmation says what changes). */
  choices: RuleWords[];
}

/** The rule in force (the default while no administrator has chosen). */
export async function readInProgressRule(db: Ctx['db']): Promise<InProgressRule> {
  const stored = await readSetting<{ rule?: string }>(db, IN_PROGRESS_RULE_SETTING);
  return IN_PROGRESS_RULES.find((r) => r === stored?.rule) ?? DEFAULT_IN_PROGRESS_RULE;
}

/** A system administrator of a province or of the whole installation (a commune's administrator is not). */
export function mayChangeRule(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return (
    actor.kind === 'user' &&
    actor.roles.some((g) => g.role === 'system_admin' && (g.unitCode === 'VN' || g.unitCode.length === 2))
  );
}

function mayReadRule(actor: Actor): boolean {
  return (
    actor.kind === 'system' ||
    (actor.kind === 'user' && actor.roles.some((g) => READER_ROLES.includes(g.role)))
  );
}

function wordsOf(rule: InProgressRule): RuleWords {
  const w = IN_PROGRESS_RULE_WORDS[rule];
  return {
    rule,
    name: w.name.vi,
    nameEn: w.name.en,
    source: w.source.vi,
    sourceEn: w.source.en,
    effect: w.effect.vi,
    effectEn: w.effect.en,
  };
}

export function describeRule(rule: InProgressRule, actor: Actor): InProgressRuleView {
  return {
    ...wordsOf(rule),
    isDefault: rule === DEFAULT_IN_PROGRESS_RULE,
    canChange: mayChangeRule(actor),
    choices: IN_PROGRESS_RULES.map(wordsOf),
  };
}

export async function inProgressRuleSetting(ctx: Ctx): Promise<Result<InProgressRuleView, DomainError>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayReadRule(ctx.actor)) return forbiddenBecause(msg('reports.ruleReadersOnly'));
  return ok(describeRule(await readInProgressRule(ctx.db), ctx.actor));
}

/** Change the rule: administrators only, the setting and its audit entry in one transaction. */
export async function setInProgressRule(
  ctx: Ctx,
  input: z.infer<typeof inProgressRuleInput>,
): Promise<Result<InProgressRuleView, DomainError>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayChangeRule(ctx.actor)) return forbiddenBecause(msg('reports.ruleAdminsOnly'));
  await ctx.db.transaction(async (tx) => {
    const before = await readInProgressRule(tx);
    await writeSetting(tx, IN_PROGRESS_RULE_SETTING, { rule: input.rule });
    await recordAudit(tx, ctx, {
      action: 'reports.in_progress_rule_set',
      entityType: 'setting',
      entityId: IN_PROGRESS_RULE_SETTING,
      before: { rule: before },
      after: { rule: input.rule },
    });
  });
  return ok(describeRule(input.rule, ctx.actor));
}

/** The rule as a line of the scorecard's method (page, Excel notes, PDF): which dossiers 2.1 and 5.4 count. */
export function ruleMethodLine(rule: InProgressRule): MethodLine {
  const w = IN_PROGRESS_RULE_WORDS[rule];
  return {
    key: 'in_progress_rule',
    vi: `Chỉ số 2.1 và 5.4 — ${w.name.vi}: ${w.effect.vi} Cách tính do quản trị viên hệ thống chọn.`,
    en: `Sub-indicators 2.1 and 5.4 — ${w.name.en}: ${w.effect.en} The rule is chosen by a system administrator.`,
    source: w.source.vi,
    sourceEn: w.source.en,
  };
}
