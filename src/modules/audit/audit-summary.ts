// Audit events in words: the action's name (a refused attempt says so) and the before/after
// summary as "Roll: Medlem → Styrgrupp" lines in the reader's language: codes as labels, times
// in Swedish time, organisations by name. Pure, so it can be tested without a database.
// Actions and fields that have no text yet (added by later work) fall back to their code,
// so the log never hides an event.
import type { AuditOutcome } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { formatStockholmTimestamp } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { countyName } from '@/modules/accounts/client';
import { checklistItemLabel } from '@/modules/needs/client';
import { formatNumber } from '@/ui/format';

export type ChangeLine = { field: string; from?: string; to?: string };

/** Names of records a summary refers to by id (organisations), looked up for the page. */
export type SummaryNames = ReadonlyMap<string, string>;

const MAX_TEXT = 200;

/** The summary fields that hold an organisation's id: the log shows the organisation's name. */
export const ORGANISATION_ID_FIELDS = ['organizationId', 'keptId', 'deletedId', 'arrangerId'] as const;

export function actionLabel(action: string, messages: Messages, outcome: AuditOutcome = 'ALLOWED'): string {
  const t = messages.audit;
  const label = t.actions[action] ?? action;
  if (outcome === 'ALLOWED') return label;
  // "Sammanslagna organisationer" over a refused merge would say it was done.
  return t.deniedActions[action] ?? fill(t.deniedAttempt, { action: label });
}

export function entityTypeLabel(entityType: string, messages: Messages): string {
  return messages.audit.entityTypes[entityType] ?? entityType;
}

const lookup = (table: Record<string, string>, value: string): string | undefined => (Object.hasOwn(table, value) ? table[value] : undefined);

/** Enum codes and refusal codes in words, by the field they appear in. */
function wordsFor(key: string, value: string, messages: Messages, locale: Locale): string | undefined {
  const { enums, governance } = messages;
  switch (key) {
    case 'role':
      return lookup(enums.role, value);
    case 'status':
      return lookup(enums.membershipStatus, value) ?? lookup(governance.joinRequestStatus, value) ?? lookup(enums.status, value) ?? lookup(messages.needEnums.status, value);
    case 'competence':
      return lookup(governance.competence, value);
    case 'initiator':
      return lookup(enums.initiator, value);
    case 'ladderStep':
    case 'suggestedStep':
      return lookup(messages.needEnums.step, value);
    case 'itemKey':
      return checklistItemLabel(value, messages);
    case 'level':
      return lookup(messages.needEnums.commitment, value);
    case 'sharing':
      return lookup(messages.needEnums.sharing, value);
    case 'valueOffers':
      return lookup(messages.needEnums.valueOffer, value);
    case 'reason':
      // Denied attempts record the refusal code as their reason; an admin's own rules add theirs.
      return lookup(messages.refused, value) ?? lookup(messages.audit.reasons, value);
    case 'membershipPolicy':
      return lookup(enums.membershipPolicy, value);
    case 'decisionRule':
      return lookup(governance.decisionRule, value);
    case 'meetingFormat':
      return lookup(governance.meetingFormat, value);
    case 'kind':
      // A group's kind, an organisation's kind, or a kind of mail (unsubscribing).
      return lookup(governance.groupKind, value) ?? lookup(enums.organizationKind, value) ?? lookup(messages.mailKinds, value);
    case 'areaStatus':
      return lookup(messages.enums.thematicAreaStatus, value);
    case 'linkKind':
      return lookup(enums.networkLinkKind, value);
    case 'decisionOutcome':
      return lookup(messages.minutes.outcome, value);
    case 'changedFields':
      // A charter change lists the fields it changed by their labels on the charter form.
      return lookup(messages.charter.fields, value);
    case 'platformRole':
      return lookup(messages.adminUsers.roles, value);
    case 'affiliation':
      return lookup(messages.adminUsers.affiliations, value);
    case 'countyCode':
      return countyName(value, locale) ?? undefined;
    case 'locale':
    case 'language':
      return lookup(messages.signUp.languages, value);
    case 'muted':
    case 'mutedMailKinds':
      return lookup(messages.mailKinds, value);
    case 'via':
      return lookup(messages.audit.via, value);
    default:
      return undefined;
  }
}

/** An instant as JSON writes it (Date.toISOString()): shown in Swedish time, not UTC. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

const truncate = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

type Context = { messages: Messages; locale: Locale; names: SummaryNames };

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

const fieldLabel = (key: string, messages: Messages) => messages.audit.fields[key] ?? key;

function formatValue(key: string, value: unknown, context: Context): string {
  const { messages, locale, names } = context;
  const t = messages.audit;
  if (value === null || value === undefined || value === '') return t.none;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') {
    const words = wordsFor(key, value, messages, locale);
    if (words !== undefined) return truncate(words);
    if ((ORGANISATION_ID_FIELDS as readonly string[]).includes(key) && names.has(value)) return truncate(names.get(value)!);
    if (ISO_INSTANT.test(value)) return formatStockholmTimestamp(new Date(value), locale);
    return truncate(value);
  }
  if (Array.isArray(value)) return truncate(value.map((item) => formatValue(key, item, context)).join(', ') || t.none);
  if (isRecord(value)) return truncate(formatRecord(value, context));
  return truncate(JSON.stringify(value));
}

/**
 * A nested summary: a record that names something (an organisation) by its name; otherwise its
 * fields that hold something, as "Personer: 3, Röster: 1" (a list counts its items).
 */
function formatRecord(record: Record<string, unknown>, context: Context): string {
  if (typeof record.name === 'string' && record.name !== '') return record.name;
  const parts = Object.entries(record).flatMap(([key, value]) => {
    if (value === null || value === undefined || value === '' || value === 0 || value === false) return [];
    if (Array.isArray(value)) return value.length === 0 ? [] : [`${fieldLabel(key, context.messages)}: ${formatNumber(value.length, context.locale)}`];
    if (isRecord(value)) {
      const inner = formatRecord(value, context);
      return inner === context.messages.audit.none ? [] : [`${fieldLabel(key, context.messages)}: ${inner}`];
    }
    return [`${fieldLabel(key, context.messages)}: ${formatValue(key, value, context)}`];
  });
  return parts.join(', ') || context.messages.audit.none;
}

/** A summary's fields; an organisation merge before this log read its figures under `summary`, so they are lifted up. */
function fieldsOf(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  const { summary, ...rest } = value;
  return isRecord(summary) && 'moved' in summary ? { ...rest, ...summary } : value;
}

/**
 * One line per field that appears before or after. A field whose value did not change is
 * left out, unless nothing changed at all (then the event still says what it touched).
 */
export function describeChange(before: unknown, after: unknown, messages: Messages, locale: Locale, names: SummaryNames = new Map()): ChangeLine[] {
  const context = { messages, locale, names };
  const from = fieldsOf(before);
  const to = fieldsOf(after);
  // PostgreSQL's jsonb does not keep the order fields were written in, so known fields come
  // in the order of the texts (role, status, reason, ...) and unknown ones after them.
  const known = Object.keys(messages.audit.fields);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort((a, b) => rank(a) - rank(b));
  const lines = keys.map((key) => {
    const line: ChangeLine = { field: fieldLabel(key, messages) };
    if (key in from) line.from = formatValue(key, from[key], context);
    if (key in to) line.to = formatValue(key, to[key], context);
    return line;
  });
  const changed = lines.filter((line) => line.from === undefined || line.to === undefined || line.from !== line.to);
  return changed.length > 0 ? changed : lines;
}

/** The organisation ids an event's summary holds, for one lookup of their names per page. */
export function organisationIdsIn(before: unknown, after: unknown): string[] {
  return [fieldsOf(before), fieldsOf(after)].flatMap((fields) =>
    ORGANISATION_ID_FIELDS.flatMap((key) => (typeof fields[key] === 'string' ? [fields[key] as string] : [])),
  );
}

/** A line as one string, for places without room for markup. */
export function changeLineText(line: ChangeLine): string {
  if (line.from !== undefined && line.to !== undefined) return `${line.field}: ${line.from} → ${line.to}`;
  return `${line.field}: ${line.to ?? line.from}`;
}
