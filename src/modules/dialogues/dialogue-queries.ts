// What the dialogue pages read. Who sees what is decided here, in the queries' own filters:
// the public (and agency staff, and suppliers) see published dialogues, their material, the
// answered questions without anyone's name, and the summary; a supplier also sees their own
// sign-up, questions, written answer and booking, and of the slots only whether each is free;
// the network's participants see every question with who asked, the written answers and the
// meeting notes; its coordinators manage. A draft, or a dialogue of a draft network, is a 404
// for everyone but the coordinators.
import 'server-only';

import { notFound } from 'next/navigation';
import { cache } from 'react';

import type { DialogueForm, LadderStep } from '@/generated/prisma/enums';
import { storedLocale, type Locale } from '@/i18n/locales';
import { db } from '@/server/db/client';
import { getNetworkViewer, type NetworkViewer } from '@/server/network-viewer';
import { PUBLISHED_NETWORK } from '@/server/network-visibility';

import { isSupplier } from './dialogue-rules';

export type DialogueViewer = NetworkViewer & {
  /** A supplier's person (an organisation of kind company), who may sign up. */
  isSupplier: boolean;
};

/** The dialogue and who is looking at it; a 404 when they may not see it. */
export const getDialogueForViewer = cache(async (dialogueId: string) => {
  if (dialogueId.length > 40) notFound();
  const found = await db().marketDialogue.findUnique({ where: { id: dialogueId }, select: { id: true, publishedAt: true, network: { select: { slug: true } } } });
  if (!found) notFound();
  const { network, viewer } = await getNetworkViewer(found.network.slug);
  if (found.publishedAt === null && !viewer.mayManage) notFound();
  return { network, viewer: { ...viewer, isSupplier: isSupplier(viewer.user?.organization ?? null) } satisfies DialogueViewer };
});

/** The dialogue itself, read once per request (the page and its title both need it). */
export const getDialogue = cache(async (dialogueId: string) => {
  return db().marketDialogue.findUniqueOrThrow({
    where: { id: dialogueId },
    select: {
      id: true,
      title: true,
      purpose: true,
      learningGoals: true,
      form: true,
      status: true,
      howToTakePart: true,
      closesAt: true,
      closedAt: true,
      questionsCloseAt: true,
      eventStartsAt: true,
      eventEndsAt: true,
      place: true,
      onlineUrl: true,
      capacity: true,
      registrationClosesAt: true,
      documentUrl: true,
      rfiQuestions: true,
      summary: true,
      summaryPublishedAt: true,
      cancelledReason: true,
      publishedAt: true,
      needs: { select: { need: { select: { id: true, title: true, isPublic: true, ladderStep: true, status: true } } }, orderBy: { need: { title: 'asc' } } },
      documents: { select: { id: true, title: true, url: true, addedAt: true }, orderBy: [{ addedAt: 'asc' }, { id: 'asc' }] },
    },
  });
});

export type DialogueDetails = Awaited<ReturnType<typeof getDialogue>>;

/** Answered questions, for everyone: the question with every version of its answer, no asker. */
export async function listAnsweredQuestions(dialogueId: string) {
  const questions = await db().dialogueQuestion.findMany({
    where: { dialogueId, answers: { some: {} } },
    select: { id: true, text: true, publicText: true, answers: { select: { version: true, text: true, publishedAt: true }, orderBy: { version: 'desc' } } },
    orderBy: [{ askedAt: 'asc' }, { id: 'asc' }],
  });
  // The network's wording when it reworded the question; the supplier's own words otherwise.
  return questions.map((question) => ({ id: question.id, text: question.publicText ?? question.text, answers: question.answers }));
}

/** Every question with who asked, for the network's participants (waiting ones first). */
export async function listQuestionsForNetwork(dialogueId: string) {
  return db().dialogueQuestion.findMany({
    where: { dialogueId },
    select: {
      id: true,
      text: true,
      publicText: true,
      askedAt: true,
      organization: { select: { name: true } },
      answers: { select: { version: true, text: true, publishedAt: true }, orderBy: { version: 'desc' } },
    },
    orderBy: [{ askedAt: 'asc' }, { id: 'asc' }],
  });
}

/** What one supplier's person sees of their own part: sign-up, questions, the company's answer and booking. */
export async function getSupplierPart(dialogueId: string, userId: string, organizationId: string) {
  const [signUp, questions, response, booking] = await Promise.all([
    db().dialogueSignUp.findUnique({ where: { dialogueId_userId: { dialogueId, userId } }, select: { withdrawnAt: true } }),
    db().dialogueQuestion.findMany({
      where: { dialogueId, askedById: userId },
      select: { id: true, text: true, askedAt: true, answers: { select: { version: true }, take: 1 } },
      orderBy: [{ askedAt: 'asc' }, { id: 'asc' }],
    }),
    db().dialogueResponse.findUnique({
      where: { dialogueId_organizationId: { dialogueId, organizationId } },
      select: { submittedAt: true, parts: { select: { position: true, text: true, secret: true, secretReason: true }, orderBy: { position: 'asc' } } },
    }),
    db().dialogueSlot.findFirst({ where: { dialogueId, bookedByOrganizationId: organizationId }, select: { id: true, startsAt: true, endsAt: true } }),
  ]);
  return { signedUp: signUp !== null && signUp.withdrawnAt === null, questions, response, booking };
}

/** The slots; who booked them, their contact and the notes only for the network's participants. */
export async function listSlots(dialogueId: string, forNetwork: boolean) {
  const slots = await db().dialogueSlot.findMany({
    where: { dialogueId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      bookedByOrganizationId: true,
      bookedByOrganization: { select: { name: true } },
      bookedBy: { select: { name: true, email: true, deletedAt: true } },
      notes: true,
    },
    orderBy: { startsAt: 'asc' },
  });
  return slots.map((slot) => ({
    id: slot.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    taken: slot.bookedByOrganizationId !== null,
    bookedBy: forNetwork ? (slot.bookedByOrganization?.name ?? null) : null,
    notes: forNetwork ? slot.notes : null,
    /** Whom the network sends the meeting's link or place to. */
    contact: forNetwork && slot.bookedBy && !slot.bookedBy.deletedAt ? { name: slot.bookedBy.name, email: slot.bookedBy.email } : null,
  }));
}

/** The written answers, for the network's participants only. */
export async function listResponses(dialogueId: string) {
  return db().dialogueResponse.findMany({
    where: { dialogueId },
    select: {
      id: true,
      submittedAt: true,
      organization: { select: { name: true } },
      parts: { select: { position: true, text: true, secret: true, secretReason: true }, orderBy: { position: 'asc' } },
    },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  });
}

export type Involvement = {
  organisation: string;
  organisationNumber: string | null;
  how: 'signUp' | 'question' | 'response' | 'slot' | 'withdrawn';
  /** When it happened: signed up, asked, handed in, booked, withdrew. */
  at: Date;
  /** For a booked one-to-one meeting: when it takes place. */
  meeting: { startsAt: Date; endsAt: Date } | null;
};

/**
 * The register of prior involvement: every company that took part and how, for the network,
 * so the later procurement can check the information given to them reached every bidder.
 */
export async function listInvolvement(dialogueId: string): Promise<Involvement[]> {
  const organization = { select: { name: true, organizationNumber: true } } as const;
  const [signUps, questions, responses, slots] = await Promise.all([
    db().dialogueSignUp.findMany({ where: { dialogueId }, select: { signedUpAt: true, withdrawnAt: true, organization } }),
    db().dialogueQuestion.findMany({ where: { dialogueId }, select: { askedAt: true, organization } }),
    db().dialogueResponse.findMany({ where: { dialogueId }, select: { submittedAt: true, organization } }),
    db().dialogueSlot.findMany({ where: { dialogueId, bookedByOrganizationId: { not: null } }, select: { startsAt: true, endsAt: true, bookedAt: true, bookedByOrganization: organization } }),
  ]);
  const row = (org: { name: string; organizationNumber: string | null }, how: Involvement['how'], at: Date, meeting: Involvement['meeting'] = null): Involvement => ({
    organisation: org.name,
    organisationNumber: org.organizationNumber,
    how,
    at,
    meeting,
  });
  const rows: Involvement[] = [
    ...signUps.map((s) => row(s.organization, 'signUp', s.signedUpAt)),
    ...signUps.filter((s) => s.withdrawnAt).map((s) => row(s.organization, 'withdrawn', s.withdrawnAt!)),
    ...questions.map((q) => row(q.organization, 'question', q.askedAt)),
    ...responses.map((r) => row(r.organization, 'response', r.submittedAt)),
    ...slots.map((s) => row(s.bookedByOrganization!, 'slot', s.bookedAt ?? s.startsAt, { startsAt: s.startsAt, endsAt: s.endsAt })),
  ];
  return rows.sort((a, b) => a.organisation.localeCompare(b.organisation, 'sv') || a.at.getTime() - b.at.getTime());
}

export async function countSignUps(dialogueId: string): Promise<number> {
  return db().dialogueSignUp.count({ where: { dialogueId, withdrawnAt: null } });
}

/** The network's needs a dialogue may be about (not archived), for the form. */
export async function listNetworkNeeds(networkId: string) {
  return db().need.findMany({ where: { networkId, status: { not: 'ARCHIVED' } }, select: { id: true, title: true }, orderBy: { title: 'asc' } });
}

/**
 * A network's dialogues for its page: published ones for all, drafts too for its coordinators.
 * Once per request: the network's tabs ask whether there are any, its pages list them.
 */
export const listNetworkDialogues = cache(async (networkId: string, withDrafts: boolean) => {
  return db().marketDialogue.findMany({
    // A discarded draft (cancelled before it was published) is gone for everyone.
    where: { networkId, ...(withDrafts ? { NOT: { publishedAt: null, status: 'CANCELLED' } } : { publishedAt: { not: null } }) },
    select: { id: true, title: true, form: true, status: true, closesAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
  });
});

/** Whether the network has dialogues the viewer can see (its tab is shown only then). */
export async function hasNetworkDialogues(networkId: string, withDrafts: boolean): Promise<boolean> {
  return (await listNetworkDialogues(networkId, withDrafts)).length > 0;
}

/** The published dialogues about a need, for its page (the summary is linked from there). */
export async function listNeedDialogues(needId: string) {
  return db().marketDialogue.findMany({
    where: { needs: { some: { needId } }, publishedAt: { not: null } },
    select: { id: true, title: true, form: true, status: true, closesAt: true, summaryPublishedAt: true },
    orderBy: [{ closesAt: 'desc' }, { id: 'desc' }],
  });
}

export type OpenDialogue = {
  id: string;
  title: string;
  form: DialogueForm;
  closesAt: Date;
  questionsCloseAt: Date;
  /** `contentLocale`: the network's language, which the dialogue's title is written in. */
  network: { slug: string; name: string; contentLocale: Locale };
  areaId: string;
  steps: LadderStep[];
};

/**
 * Every open dialogue of a published network, soonest closing first. Open dialogues are few
 * at any time (a network runs a handful a year), so the list and its facet counts are made
 * from one indexed read of them (status, closesAt) rather than one count query per choice.
 */
export async function listOpenDialogues(): Promise<OpenDialogue[]> {
  const rows = await db().marketDialogue.findMany({
    where: { status: 'OPEN', publishedAt: { not: null }, network: PUBLISHED_NETWORK },
    select: {
      id: true,
      title: true,
      form: true,
      closesAt: true,
      questionsCloseAt: true,
      network: { select: { slug: true, name: true, areaId: true, contentLocale: true } },
      needs: { select: { need: { select: { ladderStep: true } } } },
    },
    orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    form: row.form,
    closesAt: row.closesAt,
    questionsCloseAt: row.questionsCloseAt,
    network: { slug: row.network.slug, name: row.network.name, contentLocale: storedLocale(row.network.contentLocale) },
    areaId: row.network.areaId,
    steps: [...new Set(row.needs.map((link) => link.need.ladderStep).filter((step): step is LadderStep => step !== null))],
  }));
}

export async function listAreas() {
  return db().thematicArea.findMany({ where: { status: 'APPROVED' }, select: { id: true, slug: true, nameSv: true, nameEn: true } });
}

/** The newest published dialogues of published networks, for the Atom feed. */
export async function listFeedDialogues(limit = 50) {
  return db().marketDialogue.findMany({
    where: { publishedAt: { not: null }, network: PUBLISHED_NETWORK },
    select: { id: true, title: true, purpose: true, form: true, closesAt: true, publishedAt: true, updatedAt: true, network: { select: { name: true } } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
}
