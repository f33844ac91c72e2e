'use server';

// Prioritisation rounds: the secretariat opens a round over open needs and may close it early;
// each member organisation with a vote casts one ballot, which another person of the same
// organisation may replace until the deadline. The round's network comes from its record (or,
// when opening, from the network's), never from the form; every rule is checked here, not in
// the browser.
import { z } from 'zod';

import type { Messages } from '@/i18n/messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { donePath, goToCreated } from '@/server/actions/after-success';
import { runNetworkAction, Refusal, type FormState, type Tx } from '@/server/actions/network-action';
import { instantProblem, textProblem } from '@/server/input-rules';
import { enqueuePersonalMails } from '@/server/mail/person-mail';
import { can } from '@/server/policy';

import {
  checkBallot,
  DEFAULT_POINTS,
  isRoundOpen,
  MAX_POINTS,
  MIN_POINTS,
  MIN_ROUND_NEEDS,
  POINTS_FIELD_PREFIX,
  roundVoter,
  type BallotProblem,
} from '../prioritisation';
import { ROUND_LIMITS } from '../form-limits';
import { roundPath } from '../round-paths';
import { roundNeedWhere } from '../round-queries';

const id = z.string().trim().min(1);

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

const locateRound = async (tx: Tx, input: { roundId: string }, entityType = 'PrioritisationRound') => {
  const round = await tx.prioritisationRound.findUnique({ where: { id: input.roundId }, select: { id: true, networkId: true } });
  return round && { networkId: round.networkId, entityType, entityId: entityType === 'PrioritisationRound' ? round.id : null };
};

/** The open-round form: a name, a deadline in Swedish time in the future, the budget and the needs. */
function openRoundSchema(t: Messages) {
  const m = t.rounds.validation;
  return z
    .object({
      networkId: id,
      title: z.unknown().optional(),
      closesAt: z.unknown().optional(),
      pointsPerOrganization: z.unknown().optional(),
      needIds: z.union([z.string(), z.array(z.string())]).optional(),
    })
    .transform((raw, ctx) => {
      // Every field is checked, so the person sees all errors at once.
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const title = text(raw.title);
      const titleProblem = textProblem(title, ROUND_LIMITS.title, { required: t.rounds.form.fields.title, t: t.input });
      if (titleProblem) issue('title', titleProblem);

      // The shared date rules (input-rules.ts): Swedish time, and ahead of now.
      const closesAtText = text(raw.closesAt);
      const { instant: closesAt, problem: closesAtProblem } = instantProblem(closesAtText, { t: t.input, invalid: m.invalidTime, after: new Date() });
      if (!closesAtText) issue('closesAt', m.closesAtRequired);
      else if (closesAtProblem) issue('closesAt', closesAtProblem);

      const pointsText = text(raw.pointsPerOrganization);
      const points = pointsText ? Number(pointsText) : DEFAULT_POINTS;
      if (pointsText && (!/^\d+$/.test(pointsText) || points < MIN_POINTS || points > MAX_POINTS)) issue('pointsPerOrganization', m.pointsRange);

      const ticked = Array.isArray(raw.needIds) ? raw.needIds : raw.needIds ? [raw.needIds] : [];
      const needIds = [...new Set(ticked.map((value) => value.trim()).filter(Boolean))];
      if (needIds.length < MIN_ROUND_NEEDS) issue('needIds', m.tooFewNeeds);

      return { networkId: raw.networkId, title, closesAt: closesAt ?? new Date(0), pointsPerOrganization: points, needIds };
    });
}

export async function openRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return goToCreated(await runNetworkAction(formData, {
    action: 'round.open',
    oncePerSubmission: true,
    schema: openRoundSchema,
    locate: async (tx, input) => {
      const network = await tx.network.findUnique({ where: { id: input.networkId }, select: { id: true } });
      return network && { networkId: network.id, entityType: 'PrioritisationRound', entityId: null };
    },
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, network, user, locale, t }) => {
      // The same filter as the form's list: a need of another network, a handed-over, closed or
      // merged need is not found, and the round is refused as a whole.
      const usable = await tx.need.count({ where: { id: { in: input.needIds }, ...roundNeedWhere(network.id) } });
      if (usable !== input.needIds.length) throw new Refusal('roundNeedNotOpen');
      const round = await tx.prioritisationRound.create({
        data: {
          networkId: network.id,
          title: input.title,
          closesAt: input.closesAt,
          pointsPerOrganization: input.pointsPerOrganization,
          createdById: user.id,
          needs: { create: input.needIds.map((needId) => ({ needId })) },
        },
        select: { id: true },
      });
      // Everyone who votes for an organisation in the network hears of it, with the round.
      const members = await tx.membership.findMany({
        where: { networkId: network.id, status: 'ACTIVE', user: { disabledAt: null } },
        select: {
          role: true,
          organization: { select: { id: true, kind: true } },
          user: { select: { id: true, name: true, email: true, locale: true, organization: { select: { id: true, kind: true } } } },
        },
      });
      const voters = members.filter((m) => {
        const organization = m.organization ?? m.user.organization;
        return roundVoter({ role: m.role, organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null }).ok;
      });
      await enqueuePersonalMails(tx, {
        kind: 'round.opened',
        networkId: network.id,
        recipients: voters.map((m) => m.user),
        compose: (m, locale, origin, person) => {
          const values = {
            name: person.name,
            title: input.title,
            network: network.name,
            points: String(input.pointsPerOrganization),
            closes: formatStockholmInstant(input.closesAt, locale),
            url: `${origin}${roundPath(locale, network.slug, round.id)}`,
          };
          return { subject: fill(m.rounds.mail.subject, values), body: fill(m.rounds.mail.body, values) };
        },
      });
      return {
        message: t.rounds.done.opened(input.title),
        // The browser goes to the new round, which confirms it is open.
        detail: donePath(roundPath(locale, network.slug, round.id), 'opened'),
        entityId: round.id,
        audit: { after: { title: input.title, closesAt: input.closesAt.toISOString(), pointsPerOrganization: input.pointsPerOrganization, needs: input.needIds.length } },
      };
    },
  }));
}

/**
 * The ballot form: `roundId` and one `points_<needId>` field per need of the round. A blank
 * field is 0; anything else must be a whole number from 0 to the largest budget a round can
 * have (a larger sum is the budget rule's refusal, below).
 */
function ballotSchema(t: Messages) {
  return z.looseObject({ roundId: id }).transform((raw, ctx) => {
    const points = new Map<string, number>();
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith(POINTS_FIELD_PREFIX)) continue;
      const needId = key.slice(POINTS_FIELD_PREFIX.length);
      const entered = text(value);
      if (!entered) continue;
      const number = Number(entered);
      if (!/^\d+$/.test(entered) || number > MAX_POINTS) {
        ctx.addIssue({ code: 'custom', path: [key], message: t.rounds.validation.ballotPoints });
        continue;
      }
      if (number > 0) points.set(needId, number);
    }
    return { roundId: raw.roundId, points };
  });
}

const BALLOT_REFUSAL = { overBudget: 'ballotOverBudget', empty: 'ballotEmpty', unknownNeed: 'ballotUnknownNeed' } as const satisfies Record<BallotProblem, string>;

export async function castBallot(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'round.vote',
    schema: ballotSchema,
    locate: (tx, input) => locateRound(tx, input, 'PrioritisationBallot'),
    authorize: (actor) => can(actor, 'participate'),
    perform: async ({ tx, input, actor, user, now, t }) => {
      const membership = await tx.membership.findUniqueOrThrow({
        where: { id: actor.membership!.id },
        select: {
          role: true,
          organization: { select: { id: true, name: true, kind: true } },
          user: { select: { organization: { select: { id: true, name: true, kind: true } } } },
        },
      });
      // The organisation the person represents in this network (their own, if the membership names none).
      const organization = membership.organization ?? membership.user.organization;
      const voter = roundVoter({ role: membership.role, organizationId: organization?.id ?? null, organizationKind: organization?.kind ?? null });
      if (!voter.ok) throw new Refusal('noVoteInRound');

      const round = await tx.prioritisationRound.findUniqueOrThrow({
        where: { id: input.roundId },
        select: { id: true, title: true, closesAt: true, pointsPerOrganization: true, needs: { select: { needId: true } } },
      });
      if (!isRoundOpen(round, now)) throw new Refusal('roundClosed');
      const problem = checkBallot(input.points, new Set(round.needs.map((n) => n.needId)), round.pointsPerOrganization);
      if (problem) throw new Refusal(BALLOT_REFUSAL[problem]);

      // One ballot per organisation: the network's row lock (runNetworkAction) makes ballots
      // take turns, and the unique (round, organisation) index is the last guard.
      const key = { roundId_organizationId: { roundId: round.id, organizationId: voter.organizationId } };
      const previous = await tx.prioritisationBallot.findUnique({ where: key, select: { id: true, castAt: true } });
      const ballot = await tx.prioritisationBallot.upsert({
        where: key,
        create: { roundId: round.id, organizationId: voter.organizationId, castById: user.id, castAt: now },
        update: { castById: user.id, castAt: now },
        select: { id: true },
      });
      await tx.prioritisationPoints.deleteMany({ where: { ballotId: ballot.id } });
      await tx.prioritisationPoints.createMany({ data: [...input.points].map(([needId, points]) => ({ ballotId: ballot.id, needId, points })) });
      const organizationName = organization!.name;
      return {
        message: previous ? t.rounds.done.replaced(organizationName) : t.rounds.done.voted(organizationName),
        entityId: ballot.id,
        // The points stay out of the log: coordinators read it while the round is still open,
        // and the results are hidden until it closes.
        audit: {
          before: previous ? { castAt: previous.castAt.toISOString() } : undefined,
          after: { title: round.title, organization: organizationName, castAt: now.toISOString() },
        },
      };
    },
  });
}

export async function closeRound(_previous: FormState, formData: FormData): Promise<FormState> {
  return runNetworkAction(formData, {
    action: 'round.close',
    schema: (t: Messages) => z.object({ roundId: id, confirm: z.literal(['on', 'true'], { error: t.rounds.validation.confirmRequired }) }),
    locate: (tx, input) => locateRound(tx, input),
    authorize: (actor) => can(actor, 'manage'),
    perform: async ({ tx, input, now, t }) => {
      const round = await tx.prioritisationRound.findUniqueOrThrow({ where: { id: input.roundId }, select: { title: true, closesAt: true } });
      if (!isRoundOpen(round, now)) throw new Refusal('roundClosed');
      await tx.prioritisationRound.update({ where: { id: input.roundId }, data: { closesAt: now } });
      return {
        message: t.rounds.done.closed(round.title),
        audit: { before: { closesAt: round.closesAt.toISOString() }, after: { closesAt: now.toISOString() } },
      };
    },
  });
}
