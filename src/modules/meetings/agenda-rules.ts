// The agenda's rules that need no database: the item form's validation (in the person's
// language), the order of accepted items and moving one up or down, and the message every
// attendee receives when the agenda is published. Pure, so they are unit-tested.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { optionalText, requiredText } from '@/server/input-rules';
import { typedWebAddress } from '@/server/web-address';

import { AGENDA_ITEM_KINDS, AGENDA_ITEM_LIMITS, type AgendaItemKindCode } from './agenda-fields';

export const MAX_LINKS = 10;

/** The links field: one web address per line (blank lines ignored), www.malmo.se read as https. */
export function parseLinks(text: string): string[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > MAX_LINKS) return null;
  const links = lines.map(typedWebAddress);
  if (links.some((link) => link === null || link.length > 500)) return null;
  return links as string[];
}

const version = z.coerce.number().int().min(0);

/** The item's content, as every item form sends it. */
export function agendaItemShape(t: Messages) {
  const e = t.agenda.errors;
  return {
    title: requiredText(t, t.agenda.fields.title, AGENDA_ITEM_LIMITS.title),
    kind: z.enum(AGENDA_ITEM_KINDS, { error: e.kind }),
    presenter: optionalText(t, AGENDA_ITEM_LIMITS.presenter),
    plannedMinutes: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const minutes = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
        if (!(minutes >= 1 && minutes <= 600)) {
          ctx.addIssue({ code: 'custom', message: e.plannedMinutes });
          return z.NEVER;
        }
        return minutes;
      }),
    description: optionalText(t, AGENDA_ITEM_LIMITS.description),
    links: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const links = parseLinks(value ?? '');
        if (!links) {
          ctx.addIssue({ code: 'custom', message: e.links });
          return z.NEVER;
        }
        return links;
      }),
  };
}

/** A new item on a meeting's agenda (proposed by a member or added by a coordinator). */
export const newItemSchema = (t: Messages) => z.object({ meetingId: z.string().min(1).max(64), agendaVersion: version, ...agendaItemShape(t) });

/** A change to an existing item. */
export const updateItemSchema = (t: Messages) => z.object({ itemId: z.string().min(1).max(64), agendaVersion: version, ...agendaItemShape(t) });

/** A member withdraws their own proposal. */
export const withdrawSchema = () => z.object({ itemId: z.string().min(1).max(64), agendaVersion: version });

export const decideSchema = () =>
  z.object({ itemId: z.string().min(1).max(64), agendaVersion: version, decision: z.enum(['accept', 'decline']) });

export const moveSchema = () => z.object({ itemId: z.string().min(1).max(64), agendaVersion: version, direction: z.enum(['up', 'down']) });

export const publishSchema = () => z.object({ meetingId: z.string().min(1).max(64), agendaVersion: version });

type Ordered = { id: string; position: number; createdAt: Date };

/** Accepted items in their order: by position, then by when they were created (ties are old data). */
export function inAgendaOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * The order after moving `id` one step up or down, or null when it cannot move (first item
 * up, last item down, or not in the list).
 */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] | null {
  const index = ids.indexOf(id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ids.length) return null;
  const order = [...ids];
  [order[index], order[target]] = [order[target]!, order[index]!];
  return order;
}

/**
 * The position updates that make `order` the order 1, 2, 3, …: only the items whose
 * position changes (usually the two that swapped).
 */
export function positionUpdates(order: readonly string[], current: ReadonlyMap<string, number>): Array<{ id: string; position: number }> {
  return order.flatMap((id, index) => (current.get(id) === index + 1 ? [] : [{ id, position: index + 1 }]));
}

/** The position of an item placed last after these items. */
export const nextPosition = (positions: readonly number[]): number => (positions.length === 0 ? 1 : Math.max(...positions) + 1);

export type AgendaMailInput = {
  recipientName: string;
  meetingTitle: string;
  networkName: string;
  /** The meeting's date and time in each language. */
  when: { sv: string; en: string };
  items: Array<{ title: string; kind: AgendaItemKindCode; plannedMinutes: number | null; presenter: string }>;
  /** The agenda page, in each language. */
  url: { sv: string; en: string };
  /** Published before: this is a new version. */
  again: boolean;
};

function mailPart(t: Messages, input: AgendaMailInput, when: string, url: string): string {
  const m = t.agenda.mail;
  const lines = input.items.map((item, index) => {
    const details = [t.agenda.kinds[item.kind], item.plannedMinutes ? t.agenda.minutesShort(item.plannedMinutes) : null, item.presenter || null]
      .filter(Boolean)
      .join(', ');
    return `${index + 1}. ${item.title} (${details})`;
  });
  const intro = input.again ? m.introAgain : m.intro;
  return [m.greeting(input.recipientName), '', intro(input.meetingTitle, input.networkName, when), '', ...lines, '', m.readMore(url), '', m.why(input.networkName)].join('\n');
}

/**
 * The message to one attendee. Their language is unknown, so Swedish comes first and
 * English below it in the same message.
 */
export function agendaMail(sv: Messages, en: Messages, input: AgendaMailInput): { subject: string; body: string } {
  return {
    subject: `${sv.agenda.mail.subject(input.meetingTitle)} / ${en.agenda.mail.subject(input.meetingTitle)}`,
    body: [mailPart(sv, input, input.when.sv, input.url.sv), '', '— In English —', '', mailPart(en, input, input.when.en, input.url.en)].join('\n'),
  };
}
