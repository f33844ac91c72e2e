// Audit events in words: the action's name and the before/after summary as "Roll: Medlem →
// Styrgrupp" lines in the reader's language. Pure, so it can be tested without a database.
// Actions and fields that have no text yet (added by later work) fall back to their code,
// so the log never hides an event.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { checklistItemLabel } from '@/modules/needs/client';
import { formatNumber } from '@/ui/format';

export type ChangeLine = { field: string; from?: string; to?: string };

const MAX_TEXT = 200;

export function actionLabel(action: string, messages: Messages): string {
  return messages.audit.actions[action] ?? action;
}

export function entityTypeLabel(entityType: string, messages: Messages): string {
  return messages.audit.entityTypes[entityType] ?? entityType;
}

const lookup = (table: Record<string, string>, value: string): string | undefined => (Object.hasOwn(table, value) ? table[value] : undefined);

/** Enum codes and refusal codes in words, by the field they appear in. */
function wordsFor(key: string, value: string, messages: Messages): string | undefined {
  const { enums, governance } = messages;
  switch (key) {
    case 'role':
      return lookup(enums.role, value);
    case 'status':
      return lookup(enums.membershipStatus, value) ?? lookup(governance.joinRequestStatus, value) ?? lookup(enums.status, value) ?? lookup(messages.needEnums.status, value);
    case 'competence':
      return lookup(governance.competence, value);
    case 'ladderStep':
    case 'suggestedStep':
      return lookup(messages.needEnums.step, value);
    case 'itemKey':
      return checklistItemLabel(value, messages);
    case 'level':
      return lookup(messages.needEnums.commitment, value);
    case 'valueOffers':
      return lookup(messages.needEnums.valueOffer, value);
    case 'reason':
      // Denied attempts record the refusal code as their reason.
      return lookup(messages.refused, value);
    case 'membershipPolicy':
      return lookup(enums.membershipPolicy, value);
    case 'decisionRule':
      return lookup(governance.decisionRule, value);
    case 'meetingFormat':
      return lookup(governance.meetingFormat, value);
    case 'kind':
      return lookup(governance.groupKind, value);
    case 'decisionOutcome':
      return lookup(messages.minutes.outcome, value);
    case 'changedFields':
      // A charter change lists the fields it changed by their labels on the charter form.
      return lookup(messages.charter.fields, value);
    default:
      return undefined;
  }
}

const truncate = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

function formatValue(key: string, value: unknown, messages: Messages, locale: Locale): string {
  const t = messages.audit;
  if (value === null || value === undefined || value === '') return t.none;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') return truncate(wordsFor(key, value, messages) ?? value);
  if (Array.isArray(value)) return truncate(value.map((item) => formatValue(key, item, messages, locale)).join(', ') || t.none);
  return truncate(JSON.stringify(value));
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * One line per field that appears before or after. A field whose value did not change is
 * left out, unless nothing changed at all (then the event still says what it touched).
 */
export function describeChange(before: unknown, after: unknown, messages: Messages, locale: Locale): ChangeLine[] {
  const from = asRecord(before);
  const to = asRecord(after);
  // PostgreSQL's jsonb does not keep the order fields were written in, so known fields come
  // in the order of the texts (role, status, reason, ...) and unknown ones after them.
  const known = Object.keys(messages.audit.fields);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort((a, b) => rank(a) - rank(b));
  const lines = keys.map((key) => {
    const field = messages.audit.fields[key] ?? key;
    const line: ChangeLine = { field };
    if (key in from) line.from = formatValue(key, from[key], messages, locale);
    if (key in to) line.to = formatValue(key, to[key], messages, locale);
    return line;
  });
  const changed = lines.filter((line) => line.from === undefined || line.to === undefined || line.from !== line.to);
  return changed.length > 0 ? changed : lines;
}

/** A line as one string, for places without room for markup. */
export function changeLineText(line: ChangeLine): string {
  if (line.from !== undefined && line.to !== undefined) return `${line.field}: ${line.from} → ${line.to}`;
  return `${line.field}: ${line.to ?? line.from}`;
}
