// The need's form, pure: its fields in the order they appear, their limits, and the zod
// schemas of the register's actions in the person's language. Sharing organisations are
// checkboxes named `organization-<id>`, one name each, so that a form sent back after an
// error keeps every tick (the action keeps one value per field name).
import { z } from 'zod';

import { NeedStatus } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { optionalText, requiredText } from '@/server/input-rules';

import { NEED_LIMITS, ORGANIZATION_FIELD_PREFIX } from './need-fields';


/** The ids of the ticked organisations (`organization-<id>` fields sent as "on"). */
function tickedOrganizations(raw: Record<string, unknown>): string[] {
  return Object.entries(raw)
    .filter(([key, value]) => key.startsWith(ORGANIZATION_FIELD_PREFIX) && (value === 'on' || value === 'true'))
    .map(([key]) => key.slice(ORGANIZATION_FIELD_PREFIX.length))
    .filter((id) => id.length > 0 && id.length <= 64);
}

function describedNeed(t: Messages) {
  const v = t.needs.validation;
  const label = t.needs.form.fields;
  return {
    title: requiredText(t, label.title, NEED_LIMITS.title),
    problem: requiredText(t, label.problem, NEED_LIMITS.problem),
    affected: optionalText(t, NEED_LIMITS.affected),
    currentPractice: optionalText(t, NEED_LIMITS.currentPractice),
    desiredEffect: optionalText(t, NEED_LIMITS.desiredEffect),
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
    reason: requiredText(t, t.needs.tools.reason, NEED_LIMITS.reason),
  });
}

export function mergeNeedSchema(t: Messages) {
  const v = t.needs.validation;
  return z.object({
    sourceNeedId: id,
    targetNeedId: z.string(v.targetRequired).trim().min(1, v.targetRequired),
    note: optionalText(t, NEED_LIMITS.note),
  });
}
