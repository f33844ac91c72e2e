// A meeting's minutes. Coordinators write them per agenda item, record decisions, appoint the
// adjuster and approve; the adjuster sees the draft and adjusts it; the network's participants
// read approved minutes; the public sees only the decisions marked public (of public meetings,
// once approved). After approval nothing changes: corrections are added below the text.
import Link from 'next/link';

import { dateTimeFormat } from '@/i18n/intl-formats';
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { toStockholmInput } from '@/i18n/stockholm-time';
import { getCurrentCharter } from '@/modules/governance';
import { formatCharterDate } from '@/modules/governance/client';

import { DecisionSummary } from './components/decision-summary';
import { AdjusterForm, ApproveForm, CorrectionForm, DecisionForm, EntryForm, PublishForm, type Voter } from './components/minutes-forms';
import { getMeetingForViewer } from './meeting-access';
import { getMinutesView, getPublicMeetingDecisions, type DecisionView, type MinutesEntryView } from './minutes-queries';
import { decisionLogPath } from './minutes-paths';

const clock = (date: Date, locale: Locale) =>
  dateTimeFormat(locale, { timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date);

export async function minutesPageTitle(locale: Locale, slug: string, meetingId: string): Promise<string> {
  const { meeting, network } = await getMeetingForViewer(slug, meetingId);
  return `${getMessages(locale).minutes.pageTitle(meeting.title)} – ${network.name}`;
}

export async function MinutesPage({ locale, slug, meetingId }: { locale: Locale; slug: string; meetingId: string }) {
  const { network, viewer, meeting } = await getMeetingForViewer(slug, meetingId);
  // The minutes, the items and the decisions are written in the network's language.
  const written = contentLang(network.contentLocale, locale);
  const messages = getMessages(locale);
  const t = messages.minutes;
  const insider = viewer.mayManage || viewer.mayParticipate;

  // The meeting's frame (meetings/[meetingId]/layout.tsx) shows its title, time and tabs.
  const header = (
    <div>
      <h2 className="text-2xl font-bold">{t.title}</h2>
      <p className="mt-1">
        <Link href={decisionLogPath(locale, network.slug)} className="text-brand-700 underline">
          {t.toDecisionLog}
        </Link>
      </p>
    </div>
  );

  if (!insider) {
    const decisions = await getPublicMeetingDecisions(meeting.id);
    return (
      <div className="max-w-3xl space-y-6">
        {header}
        <p>{decisions.length === 0 ? t.publicNothing : t.publicOnly}</p>
        {decisions.map((decision) => (
          <section key={decision.id} aria-label={t.decisionHeading}>
            <DecisionSummary decision={decision} locale={locale} contentLocale={network.contentLocale} showVotes={false} />
          </section>
        ))}
      </div>
    );
  }

  const minutes = await getMinutesView(meeting.id);
  const approved = minutes.status === 'APPROVED';
  const isAdjuster = Boolean(viewer.user && minutes.adjuster?.id === viewer.user.id);
  if (!approved && !viewer.mayManage && !isAdjuster) {
    return (
      <div className="max-w-3xl space-y-6">
        {header}
        <p className="rounded border-l-4 border-slate-500 bg-slate-50 p-4">{t.notApprovedYet}</p>
      </div>
    );
  }

  const editing = viewer.mayManage && !approved;
  const clientMessages = pickMessages(locale, 'minutes', 'input');
  const charter = editing ? await getCurrentCharter(network.id) : null;
  const voters: Voter[] = minutes.attendance
    .filter((a) => a.hasVote)
    .map((a) => ({ userId: a.userId, name: a.name, arrivedLabel: a.arrivedAt > meeting.startsAt ? t.arrived(clock(a.arrivedAt, locale)) : null }));
  const entryFor = (itemId: string | null) => minutes.entries.find((e) => e.agendaItemId === itemId);
  const decisionFor = (itemId: string) => minutes.decisions.find((d) => d.agendaItemId === itemId);

  const entryBlock = (itemId: string | null, label: string) => {
    const entry = entryFor(itemId);
    if (editing) return <EntryForm locale={locale} messages={clientMessages} meetingId={meeting.id} agendaItemId={itemId} text={entry?.text ?? ''} label={label} />;
    return entry ? <EntryText entry={entry} locale={locale} written={written} mayCorrect={viewer.mayManage && approved} /> : <p className="text-slate-700">{t.noText}</p>;
  };

  const decisionBlock = (itemId: string, decision: DecisionView | undefined) => (
    <div className="space-y-3">
      <h4 className="text-lg font-semibold">{t.decisionHeading}</h4>
      {decision ? <DecisionSummary decision={decision} locale={locale} contentLocale={network.contentLocale} showVotes /> : !editing && <p className="text-slate-700">{t.noDecision}</p>}
      {decision && viewer.mayManage && <PublishForm locale={locale} messages={clientMessages} decisionId={decision.id} isPublic={decision.isPublic} />}
      {editing && charter && (
        <DecisionForm
          locale={locale}
          messages={clientMessages}
          meetingId={meeting.id}
          agendaItemId={itemId}
          rule={charter.decisionRule}
          voters={voters}
          recorded={Boolean(decision)}
          initial={{
            motion: decision?.motion ?? '',
            decidedAt: toStockholmInput(meeting.startsAt),
            votes: Object.fromEntries(decision?.votes.filter((v) => v.choice !== 'OBJECT').map((v) => [`vote.${v.userId}`, v.choice]) ?? []),
            objectorIds: decision?.votes.filter((v) => v.choice === 'OBJECT').map((v) => v.userId) ?? [],
          }}
        />
      )}
      {editing && !charter && <p className="rounded bg-amber-50 p-3 text-amber-900">{messages.refused.noCharter}</p>}
    </div>
  );

  return (
    <div className="max-w-3xl space-y-8">
      {header}
      <p>
        <span className="font-semibold">{t.statusLabel}:</span> {t.status[minutes.status]}
        {minutes.approvedAt && ` – ${t.approvedOn(formatCharterDate(minutes.approvedAt, locale))}`}
      </p>
      {!approved && <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-900">{t.draftNotice}</p>}
      {editing && <p className="text-slate-700">{t.lead}</p>}

      <section aria-labelledby="minutes-general" className="space-y-3">
        <h3 id="minutes-general" className="text-xl font-semibold">
          {t.generalHeading}
        </h3>
        {minutes.items.length === 0 && editing && <p className="text-slate-700">{t.noAgenda}</p>}
        {entryBlock(null, `${t.entryLabel}: ${t.generalHeading}`)}
      </section>

      {minutes.items.map((item) => (
        <section key={item.id} aria-labelledby={`item-${item.id}`} className="space-y-3 border-t border-slate-300 pt-6">
          <h3 id={`item-${item.id}`} className="text-xl font-semibold">
            {t.itemNumber(item.position)} <span lang={written}>{item.title}</span>
          </h3>
          {entryBlock(item.id, `${t.entryLabel}: ${item.title}`)}
          {item.kind === 'DECISION' && decisionBlock(item.id, decisionFor(item.id))}
        </section>
      ))}

      <section aria-labelledby="minutes-approval" className="space-y-3 border-t border-slate-300 pt-6">
        <h3 id="minutes-approval" className="text-xl font-semibold">
          {t.adjusterHeading}
        </h3>
        <ul className="list-disc space-y-1 pl-5">
          <li>{minutes.adjuster ? t.adjusterIs(minutes.adjuster.name) : t.noAdjusterYet}</li>
          <li>
            {minutes.coordinatorApproval
              ? t.coordinatorApproved(minutes.coordinatorApproval.name, formatCharterDate(minutes.coordinatorApproval.at, locale, { withTime: true }))
              : t.coordinatorPending}
          </li>
          {minutes.adjuster && (
            <li>
              {minutes.adjusterApprovedAt
                ? t.adjusterApproved(minutes.adjuster.name, formatCharterDate(minutes.adjusterApprovedAt, locale, { withTime: true }))
                : t.adjusterPending(minutes.adjuster.name)}
            </li>
          )}
        </ul>
        {!approved && (viewer.mayManage || isAdjuster) && <p className="text-sm text-slate-700">{t.approveHint}</p>}
        {editing &&
          (voters.length === 0 ? (
            <p className="text-slate-700">{t.noAdjusterCandidates}</p>
          ) : (
            <AdjusterForm locale={locale} messages={clientMessages} meetingId={meeting.id} candidates={voters.filter((v) => v.userId !== viewer.user?.id)} current={minutes.adjuster?.id ?? null} />
          ))}
        {editing && !minutes.coordinatorApproval && minutes.adjuster && !isAdjuster && <ApproveForm locale={locale} messages={clientMessages} meetingId={meeting.id} as="coordinator" />}
        {!approved && isAdjuster && !minutes.adjusterApprovedAt && <ApproveForm locale={locale} messages={clientMessages} meetingId={meeting.id} as="adjuster" />}
      </section>
    </div>
  );
}

function EntryText({ entry, locale, written, mayCorrect }: { entry: MinutesEntryView; locale: Locale; written: Locale | undefined; mayCorrect: boolean }) {
  const t = getMessages(locale).minutes;
  return (
    <div>
      <p className="whitespace-pre-line" lang={written}>
        {entry.text}
      </p>
      {entry.corrections.length > 0 && (
        <div className="mt-3 space-y-2">
          <h4 className="font-semibold">{t.correctionsHeading}</h4>
          {entry.corrections.map((c) => (
            <div key={c.id} className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
              <p className="text-sm font-semibold">{t.correctionOf(formatCharterDate(c.createdAt, locale, { withTime: true }))}</p>
              <p className="whitespace-pre-line" lang={written}>
                {c.text}
              </p>
            </div>
          ))}
        </div>
      )}
      {mayCorrect && <CorrectionForm locale={locale} messages={pickMessages(locale, 'minutes', 'input')} entryId={entry.id} />}
    </div>
  );
}
