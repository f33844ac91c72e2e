// The need's form, pure: its fields in the order they appear, their limits, and the zod
// schemas of the register's actions in the person's language. Sharing organisations are
// checkboxes named `organization-<id>`, one name each, so that a form sent back after an
// error keeps every tick (the action keeps one value per field name).
import { z } from 'zod';

import { NeedStatus } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';

import { NEED_LIMITS, ORGANIZATION_FIELD_PREFIX } from './need-fields';

const text = (max: number, tooLong: (max: number) => string) => z.string().trim().max(max, tooLong(max)).optional().default('');

/** The ids of the ticked organisations (`organization-<id>` fields sent as "on"). */
function tickedOrganizations(raw: Record<string, unknown>): string[] {
  return Object.entries(raw)
    .filter(([key, value]) => key.startsWith(ORGANIZATION_FIELD_PREFIX) && (value === 'on' || value === 'true'))
    .map(([key]) => key.slice(ORGANIZATION_FIELD_PREFIX.length))
    .filter((id) => id.length > 0 && id.length <= 64);
}

function describedNeed(t: Messages) {
  const v = t.needs.validation;
  return {
    title: z.string(v.titleRequired).trim().min(1, v.titleRequired).max(NEED_LIMITS.title, v.tooLong(NEED_LIMITS.title)),
    problem: z.string(v.problemRequired).trim().min(1, v.problemRequired).max(NEED_LIMITS.problem, v.tooLong(NEED_LIMITS.problem)),
    affected: text(NEED_LIMITS.affected, v.tooLong),
    currentPractice: text(NEED_LIMITS.currentPractice, v.tooLong),
    desiredEffect: text(NEED_LIMITS.desiredEffect, v.tooLong),
    areaId: z.string(v.areaRequired).trim().min(1, v.areaRequired),
  };
}

const id = z.string().trim().min(1);

/** A proposal: the network (its id is checked against the database), the texts, the area and organisations. */
export function proposeNeedSchema(t: Messages) {
  return z.looseObject({ networkId: id, ...describedNeed(t) }).transform(({ networkId, title, problem, affected, currentPractice, desiredEffect, areaId, ...rest }) => ({
    networkId,
    title,
    problem,
    affected,
    currentPractice,
    desiredEffect,
    areaId,
    organizationIds: tickedOrganizations(rest),
  }));
}

/** The coordinator's edit: as a proposal, plus the owner (blank for none) and whether it is public. */
export function updateNeedSchema(t: Messages) {
  return z
    .looseObject({ needId: id, ...describedNeed(t), ownerId: z.string().trim().optional(), isPublic: z.string().optional() })
    .transform(({ needId, title, problem, affected, currentPractice, desiredEffect, areaId, ownerId, isPublic, ...rest }) => ({
      needId,
      title,
      problem,
      affected,
      currentPractice,
      desiredEffect,
      areaId,
      ownerId: ownerId || null,
      isPublic: isPublic === 'on' || isPublic === 'true',
      organizationIds: tickedOrganizations(rest),
    }));
}

/** "We have this need too": only the need; the organisation is the actor's own. */
export function shareNeedSchema() {
  return z.object({ needId: id });
}

/** An invited organisation's answer: it shares the need, or it does not. */
export function answerSharingSchema(t: Messages) {
  return z.object({ needId: id, answer: z.enum(['confirm', 'decline'], t.needs.validation.answerRequired) });
}

export function transitionNeedSchema(t: Messages) {
  const v = t.needs.validation;
  return z.object({
    needId: id,
    toStatus: z.enum(NeedStatus, v.statusRequired),
    reason: z.string(v.reasonRequired).trim().min(1, v.reasonRequired).max(NEED_LIMITS.reason, v.tooLong(NEED_LIMITS.reason)),
  });
}

export function mergeNeedSchema(t: Messages) {
  const v = t.needs.validation;
  return z.object({
    sourceNeedId: id,
    targetNeedId: z.string(v.targetRequired).trim().min(1, v.targetRequired),
    note: text(NEED_LIMITS.note, v.tooLong),
  });
}
