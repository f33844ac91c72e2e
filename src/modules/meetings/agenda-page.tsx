// A meeting's agenda. Who sees what:
//   - coordinators (and platform admins) see everything: the draft, the proposals waiting for
//     a decision and the declined ones; they add, edit, reorder (buttons "Flytta upp" / "Flytta
//     ned", usable with the keyboard), accept or decline, and publish (which notifies);
//   - the network's participants see the accepted items once the agenda is published, and
//     their own proposals with what became of them; they propose items, and change or
//     withdraw a proposal until the coordinator has decided on it;
//   - everyone else sees the published agenda of a public meeting, without who proposed what
//     (a non-public meeting is a 404 for them, see getMeetingForViewer).
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';

import { getAgendaView, type AgendaItemView } from './agenda-queries';
import { DecideButtons, DecisionFeedbackProvider, MoveButtons, PublishForm, WithdrawButton } from './components/agenda-buttons';
import { AgendaItemForm, type AgendaItemValues } from './components/agenda-item-form';
import { getMeetingForViewer } from './meeting-access';

const formValues = (item: AgendaItemView): AgendaItemValues => ({
  title: item.title,
  kind: item.kind,
  presenter: item.presenter,
  plannedMinutes: item.plannedMinutes === null ? '' : String(item.plannedMinutes),
  description: item.description,
  links: item.links.join('\n'),
});

export async function agendaPageTitle(locale: Locale, slug: string, meetingId: string): Promise<string> {
  const { meeting, network } = await getMeetingForViewer(slug, meetingId);
  return `${getMessages(locale).agenda.title}: ${meeting.title} – ${network.name}`;
}

export async function AgendaPage({ locale, slug, meetingId }: { locale: Locale; slug: string; meetingId: string }) {
  const { network, viewer, meeting } = await getMeetingForViewer(slug, meetingId);
  const agenda = await getAgendaView(meeting, viewer);
  // The items are written in the network's language.
  const written = contentLang(network.contentLocale, locale);
  const t = getMessages(locale).agenda;
  const clientMessages = pickMessages(locale, 'agenda', 'input');
  const manage = viewer.mayManage;
  const participate = viewer.mayParticipate;
  const published = agenda.status === 'PUBLISHED';

  const statusLine = published
    ? t.statusPublished(formatStockholmInstant(agenda.publishedAt!, locale), agenda.publishedByName)
    : manage
      ? t.statusDraft
      : participate
        ? t.notPublishedMember
        : t.notPublishedYet;
  const empty = manage ? t.emptyManager : participate ? t.emptyMember : t.emptyPublic;

  return (
    <div className="space-y-10">
      <section aria-labelledby="agenda-heading" className="space-y-4">
        <h2 id="agenda-heading" className="text-2xl font-semibold">
          {t.title}
        </h2>
        <p className="max-w-3xl text-slate-700">{t.lead}</p>
        <p className="font-medium">{statusLine}</p>
        {!manage && !participate && published && <p className="text-slate-700">{t.publicNote}</p>}

        {(manage || published) &&
          (agenda.accepted.length === 0 ? (
            <p>{empty}</p>
          ) : (
            <ol className="space-y-4" aria-label={t.itemsHeading}>
              {agenda.accepted.map((item, index) => (
                <li key={item.id} className="rounded border border-slate-300 p-4">
                  <ItemDetails locale={locale} written={written} item={item} number={index + 1} showProposer={manage || participate} />
                  {manage && (
                    <div className="mt-3 space-y-3">
                      <MoveButtons
                        locale={locale}
                        messages={clientMessages}
                        itemId={item.id}
                        title={item.title}
                        agendaVersion={agenda.version}
                        isFirst={index === 0}
                        isLast={index === agenda.accepted.length - 1}
                      />
                      <EditItem locale={locale} item={item} agendaVersion={agenda.version} />
                    </div>
                  )}
                </li>
              ))}
            </ol>
          ))}
      </section>

      {manage && (
        <section aria-labelledby="agenda-proposals" className="space-y-4">
          <h2 id="agenda-proposals" className="text-2xl font-semibold">
            {t.proposalsHeading}
          </h2>
          <DecisionFeedbackProvider messages={clientMessages}>
            {agenda.proposals.length === 0 ? (
              <p>{t.proposalsEmpty}</p>
            ) : (
              <ul className="space-y-4">
                {agenda.proposals.map((item) => (
                  <li key={item.id} className="rounded border border-amber-400 bg-amber-50 p-4">
                    <ItemDetails locale={locale} written={written} item={item} showProposer />
                    <div className="mt-3 space-y-3">
                      <DecideButtons locale={locale} messages={clientMessages} itemId={item.id} title={item.title} agendaVersion={agenda.version} />
                      <EditItem locale={locale} item={item} agendaVersion={agenda.version} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </DecisionFeedbackProvider>
          {agenda.declined.length > 0 && (
            <details>
              <summary className="cursor-pointer font-semibold">
                {t.declinedHeading} ({agenda.declined.length})
              </summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {agenda.declined.map((item) => (
                  <li key={item.id}>
                    <span lang={written}>{item.title}</span>
                    {item.proposedByName && <span className="text-slate-700"> – {t.proposedBy(item.proposedByName)}</span>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}

      {/* Shown even without proposals: withdrawing the last one must not take its confirmation away. */}
      {!manage && participate && (
        <section aria-labelledby="agenda-mine" className="max-w-3xl space-y-3">
          <h2 id="agenda-mine" className="text-2xl font-semibold">
            {t.myProposalsHeading}
          </h2>
          {agenda.mine.some((item) => item.status === 'PROPOSED') && <p className="text-slate-700">{t.myProposalsLead}</p>}
          <DecisionFeedbackProvider messages={clientMessages}>
            {agenda.mine.length === 0 ? (
              <p>{t.myProposalsEmpty}</p>
            ) : (
              <ul className="space-y-2">
                {agenda.mine.map((item) => (
                  <li key={item.id} className="rounded border border-slate-300 p-3">
                    <span className="font-semibold" lang={written}>
                      {item.title}
                    </span>{' '}
                    – {t.itemStatus[item.status]}
                    {item.status === 'PROPOSED' && (
                      <div className="mt-3 space-y-3">
                        <WithdrawButton locale={locale} messages={clientMessages} itemId={item.id} title={item.title} agendaVersion={agenda.version} />
                        <EditItem locale={locale} item={item} agendaVersion={agenda.version} mode="revise" />
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </DecisionFeedbackProvider>
        </section>
      )}

      {(manage || participate) && (
        <section aria-labelledby="agenda-new" className="max-w-3xl space-y-3">
          <h2 id="agenda-new" className="text-2xl font-semibold">
            {manage ? t.addHeading : t.proposeHeading}
          </h2>
          <p className="text-slate-700">{manage ? t.addLead : t.proposeLead}</p>
          <AgendaItemForm locale={locale} messages={clientMessages} mode={manage ? 'add' : 'propose'} idPrefix="agenda-new" meetingId={meeting.id} agendaVersion={agenda.version} />
        </section>
      )}

      {manage && (
        <section aria-labelledby="agenda-publish" className="max-w-3xl space-y-3">
          <h2 id="agenda-publish" className="text-2xl font-semibold">
            {t.publishHeading}
          </h2>
          {agenda.accepted.length === 0 ? (
            <p>{t.publishNeedsItems}</p>
          ) : (
            <>
              <p className="text-slate-700">{published ? t.republishLead(agenda.recipientCount ?? 0) : t.publishLead(agenda.recipientCount ?? 0)}</p>
              <PublishForm locale={locale} messages={clientMessages} meetingId={meeting.id} agendaVersion={agenda.version} label={published ? t.republish : t.publish} />
            </>
          )}
        </section>
      )}
    </div>
  );
}

function ItemDetails({
  locale,
  written,
  item,
  number,
  showProposer,
}: {
  locale: Locale;
  /** The lang of the item's own texts (the network's language), undefined when it is the page's. */
  written: Locale | undefined;
  item: AgendaItemView;
  number?: number;
  showProposer: boolean;
}) {
  const t = getMessages(locale).agenda;
  const facts = [t.kinds[item.kind], item.plannedMinutes ? t.minutesShort(item.plannedMinutes) : null].filter(Boolean).join(' · ');
  return (
    <div className="space-y-1">
      <h3 className="text-lg font-semibold">
        {number !== undefined && <span>{number}. </span>}
        <span lang={written}>{item.title}</span>
      </h3>
      <p className="text-sm text-slate-700">
        {facts}
        {item.presenter && (
          <>
            {' · '}
            {t.presenterLabel}: {item.presenter}
          </>
        )}
        {showProposer && item.proposedByName && <> · {t.proposedBy(item.proposedByName)}</>}
      </p>
      {item.description && (
        <p className="whitespace-pre-line" lang={written}>
          {item.description}
        </p>
      )}
      {item.links.length > 0 && (
        <div>
          <p className="text-sm font-medium">{t.linksLabel}:</p>
          <ul className="list-disc pl-5 text-sm">
            {item.links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all text-brand-700 underline" rel="noopener noreferrer">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The item's form behind a disclosure: a coordinator edits any item, a member revises their own proposal. */
function EditItem({ locale, item, agendaVersion, mode = 'edit' }: { locale: Locale; item: AgendaItemView; agendaVersion: number; mode?: 'edit' | 'revise' }) {
  const t = getMessages(locale).agenda;
  return (
    <details>
      <summary className="cursor-pointer font-semibold text-brand-700">{mode === 'edit' ? t.editSummary(item.title) : t.reviseSummary(item.title)}</summary>
      <div className="mt-3">
        <AgendaItemForm locale={locale} messages={pickMessages(locale, 'agenda', 'input')} mode={mode} idPrefix={`agenda-item-${item.id}`} itemId={item.id} agendaVersion={agendaVersion} initial={formValues(item)} />
      </div>
    </details>
  );
}
