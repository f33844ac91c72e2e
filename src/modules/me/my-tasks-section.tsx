// The to-do list at the top of /me (my-tasks.ts): one line per thing waiting for the person,
// newest first, each a link to the page where it is done, with its deadline when it has one.
import Link from 'next/link';
import type { ReactNode } from 'react';

import { fillNodes } from '@/i18n/fill-nodes';
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmDay, formatStockholmInstant } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { dialoguePath } from '@/modules/dialogues';
import { firstCoordinatorPath, managePath } from '@/modules/governance/client';
import { minutesPath } from '@/modules/meetings';
import { needPath, roundPath, SHARING_INVITATION_ANCHOR } from '@/modules/needs/client';
import type { CurrentUser } from '@/server/auth/current-user';

import { listMyTasks, type MyTask } from './my-tasks';

const meetingPath = (locale: Locale, slug: string, meetingId: string) => `/${locale}/networks/${encodeURIComponent(slug)}/meetings/${encodeURIComponent(meetingId)}`;

function describe(task: MyTask, locale: Locale): { text: ReactNode; href: string; network?: string; when?: string } {
  const t = getMessages(locale).myTasks;
  // A title the task quotes (a meeting's, a need's) is in its network's language, so it carries
  // that lang on a page in the other; the sentence around it is the page's.
  const quote = (title: string) => <span lang={contentLang('network' in task ? task.network.contentLocale : task.contentLocale, locale)}>{title}</span>;
  switch (task.kind) {
    case 'joinRequest':
      return { text: fill(t.joinRequest, { person: task.person }), href: managePath(locale, task.network.slug, 'requests'), network: task.network.name };
    case 'firstCoordinator':
      return { text: fill(t.firstCoordinator, { person: task.person }), href: firstCoordinatorPath(locale, task.network.slug), network: task.network.name };
    case 'agendaProposal':
      return {
        text: fillNodes(t.agendaProposal, { item: quote(task.itemTitle), meeting: quote(task.meetingTitle) }),
        href: `${meetingPath(locale, task.network.slug, task.meetingId)}/agenda`,
        network: task.network.name,
      };
    case 'round':
      return {
        text: fillNodes(t.round, { title: quote(task.title) }),
        href: roundPath(locale, task.network.slug, task.id),
        network: task.network.name,
        when: fill(t.roundCloses, { date: formatStockholmInstant(task.closesAt, locale) }),
      };
    case 'meetingAnswer':
      return {
        text: fillNodes(t.meetingAnswer, { title: quote(task.title) }),
        href: meetingPath(locale, task.network.slug, task.id),
        network: task.network.name,
        when: fill(t.meetingStarts, { date: formatStockholmInstant(task.startsAt, locale) }),
      };
    case 'minutesToAdjust':
      return { text: fillNodes(t.minutesToAdjust, { meeting: quote(task.meetingTitle) }), href: minutesPath(locale, task.network.slug, task.meetingId), network: task.network.name };
    case 'sharingInvitation':
      // Answered on the need's page: straight to the invitation's form with its two buttons.
      return {
        text: fillNodes(t.sharingInvitation, { organization: task.organization, need: quote(task.needTitle) }),
        href: `${needPath(locale, task.network.slug, task.needId)}#${SHARING_INVITATION_ANCHOR}`,
        network: task.network.name,
      };
    case 'handover':
      // Acknowledged right here on /me, in the handovers section below.
      return { text: fillNodes(t.handover, { need: quote(task.needTitle) }), href: '#my-handovers', network: task.network.name };
    case 'dialogueResponse':
      return {
        text: fillNodes(t.dialogueResponse, { dialogue: quote(task.dialogueTitle) }),
        href: `${dialoguePath(locale, task.dialogueId)}#response`,
        when: fill(t.dialogueCloses, { date: formatStockholmInstant(task.closesAt, locale) }),
      };
    case 'questionAnswered':
      return {
        text: fillNodes(t.questionAnswered, { dialogue: quote(task.dialogueTitle) }),
        href: dialoguePath(locale, task.dialogueId),
        when: fill(t.answeredOn, { date: formatStockholmDay(task.at, locale) }),
      };
  }
}

export async function MyTasksSection({ locale, user }: { locale: Locale; user: CurrentUser }) {
  const tasks = await listMyTasks(user);
  const t = getMessages(locale).myTasks;
  return (
    <section aria-labelledby="my-tasks" className="space-y-3">
      <div>
        <h2 id="my-tasks" className="text-2xl font-semibold">
          {t.heading}
        </h2>
        <p className="mt-1 text-slate-700">{t.lead}</p>
      </div>
      {tasks.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {tasks.map((task) => {
            const line = describe(task, locale);
            return (
              <li key={`${task.kind}-${task.id}`} className="py-3">
                <Link href={line.href} className="font-semibold text-brand-700 underline">
                  {line.text}
                </Link>
                {(line.network || line.when) && (
                  <p className="mt-1 text-sm text-slate-700">
                    {[line.network && `${t.network}: ${line.network}`, line.when].filter(Boolean).join(' · ')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
