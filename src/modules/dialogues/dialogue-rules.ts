// The rules of a market dialogue, pure: its lifecycle, its deadlines (instants, compared on
// the server's clock; the forms read and show them in Swedish time), who takes part, and the
// equal slots of one-to-one meetings.
import type { DialogueForm, DialogueStatus, OrganizationKind } from '@/generated/prisma/enums';

export type DialogueMove = 'publish' | 'close' | 'publishSummary' | 'cancel';

const MOVES: Record<DialogueStatus, Partial<Record<DialogueMove, DialogueStatus>>> = {
  DRAFT: { publish: 'OPEN', cancel: 'CANCELLED' },
  OPEN: { close: 'CLOSED', cancel: 'CANCELLED' },
  CLOSED: { publishSummary: 'SUMMARY_PUBLISHED', cancel: 'CANCELLED' },
  SUMMARY_PUBLISHED: {},
  CANCELLED: {},
};

/** Where the move takes the dialogue, or null when it may not be made from its status. */
export function nextStatus(status: DialogueStatus, move: DialogueMove): DialogueStatus | null {
  return MOVES[status][move] ?? null;
}

export function movesFrom(status: DialogueStatus): DialogueMove[] {
  return Object.keys(MOVES[status]) as DialogueMove[];
}

/** Published dialogues are public, whatever became of them; a draft is the coordinators' own. */
export const isPublished = (dialogue: { publishedAt: Date | null }) => dialogue.publishedAt !== null;

type Deadlines = { status: DialogueStatus; closesAt: Date; questionsCloseAt: Date };

/** Questions are taken while the dialogue is open, up to and including the question deadline. */
export function questionsOpen(dialogue: Deadlines, now: Date): boolean {
  return dialogue.status === 'OPEN' && now.getTime() <= dialogue.questionsCloseAt.getTime();
}

/** Sign-ups, written answers and bookings: while open, up to and including the closing time. */
export function takesPart(dialogue: Deadlines, now: Date): boolean {
  return dialogue.status === 'OPEN' && now.getTime() <= dialogue.closesAt.getTime();
}

/** Suppliers take part in dialogues; they are never network members; they add value through dialogues (the report, p. 31, 33). */
export function isSupplier(organization: { kind: OrganizationKind } | null): boolean {
  return organization?.kind === 'COMPANY';
}

export type Slot = { startsAt: Date; endsAt: Date };

/** `count` slots of `minutes` each, `breakMinutes` apart, from `first`: equal by construction. */
export function equalSlots(first: Date, minutes: number, count: number, breakMinutes: number): Slot[] {
  const step = (minutes + breakMinutes) * 60_000;
  return Array.from({ length: count }, (_, index) => {
    const startsAt = new Date(first.getTime() + index * step);
    return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
  });
}

/** The length every slot of the dialogue has, in minutes; null when there are none yet. */
export function slotLength(slots: readonly Slot[]): number | null {
  const first = slots[0];
  return first ? Math.round((first.endsAt.getTime() - first.startsAt.getTime()) / 60_000) : null;
}

/** Whether two sets of slots overlap in time (touching ends do not). */
export function overlaps(a: readonly Slot[], b: readonly Slot[]): boolean {
  return a.some((x) => b.some((y) => x.startsAt < y.endsAt && y.startsAt < x.endsAt));
}

/** The shortest run of words from a secret part that counts as quoting it. */
const QUOTE_MIN_LENGTH = 24;

const normalised = (text: string) => text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();

/** Whether `needle` stands in `haystack` as whole words ("ja" is not in "jag"). */
function containsWords(haystack: string, needle: string): boolean {
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * Whether a summary quotes a part a supplier marked as a business secret: the whole part, or
 * any sentence of it long enough to say something (short ones, "Ja." or a price alone, would
 * match innocent text and are caught by the whole-part check only).
 */
export function quotesSecret(summary: string, secretParts: readonly string[]): boolean {
  const haystack = normalised(summary);
  return secretParts.some((part) => {
    const whole = normalised(part);
    if (whole && containsWords(haystack, whole.replace(/[.!?]+$/, ''))) return true;
    return part
      .split(/[.!?\n]+/)
      .map(normalised)
      .some((sentence) => sentence.length >= QUOTE_MIN_LENGTH && haystack.includes(sentence));
  });
}

/**
 * How many parts a written answer has: one per question of a request for information, one
 * (the comments) for a consultation; null when the form takes no written answers.
 */
export function writtenQuestions(dialogue: { form: DialogueForm; rfiQuestions: readonly string[] }): number | null {
  if (dialogue.form === 'RFI') return dialogue.rfiQuestions.length;
  if (dialogue.form === 'CONSULTATION') return 1;
  return null;
}
