// The market dialogues on a person's own page (/me): those they signed up for, with the
// deadlines and their own part, and the thematic areas they follow to be told of new ones.
import Link from 'next/link';

import type { OrganizationKind } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { formatMeetingTime, formatStockholmInstant } from '@/i18n/stockholm-time';

import { saveFollowedAreasAction } from '../actions/follow-actions';
import { dialoguePath, dialoguesPath } from '../dialogue-paths';
import { isSupplier } from '../dialogue-rules';
import { listAreasToFollow, listMyDialogues } from '../my-dialogues-queries';
import { DialogueActionForm } from './dialogue-forms-loader';

export async function MyDialoguesSection({
  locale,
  user,
}: {
  locale: Locale;
  user: { id: string; organization: { id: string; kind: OrganizationKind } | null };
}) {
  const messages = getMessages(locale);
  const t = messages.dialogues;
  const supplier = isSupplier(user.organization);
  const [dialogues, areas] = await Promise.all([supplier ? listMyDialogues(user.id, user.organization!.id) : Promise.resolve([]), listAreasToFollow(user.id)]);
  const areaName = (area: (typeof areas)[number]) => (locale === 'sv' ? area.nameSv : area.nameEn);
  const instant = (date: Date) => formatStockholmInstant(date, locale);

  return (
    <section aria-labelledby="my-dialogues-heading" className="space-y-4">
      <h2 id="my-dialogues-heading" className="text-2xl font-semibold">
        {t.myHeading}
      </h2>
      {supplier && (
        <>
          <p className="max-w-3xl text-slate-700">{t.myLead}</p>
          {dialogues.length === 0 ? (
            <p>
              {t.myEmpty}{' '}
              <Link href={dialoguesPath(locale)} className="text-brand-700 underline">
                {t.findDialogues}
              </Link>
            </p>
          ) : (
            <ul className="space-y-3">
              {dialogues.map((dialogue) => (
                <li key={dialogue.id} className="rounded border border-slate-300 p-4">
                  <Link href={dialoguePath(locale, dialogue.id)} className="font-semibold text-brand-700 underline">
                    {dialogue.title}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {dialogue.network} · {messages.dialogueEnums.form[dialogue.form]} · {messages.dialogueEnums.status[dialogue.status]}
                  </p>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                    <dt className="font-medium">{messages.dialogue.questionsCloseAt}</dt>
                    <dd>{instant(dialogue.questionsCloseAt)}</dd>
                    <dt className="font-medium">{messages.dialogue.closesAt}</dt>
                    <dd>{instant(dialogue.closesAt)}</dd>
                  </dl>
                  <ul className="mt-2 list-disc pl-6 text-sm">
                    <li>{t.myQuestions(dialogue.questionsAnswered, dialogue.questionsWaiting)}</li>
                    {(dialogue.form === 'RFI' || dialogue.form === 'CONSULTATION') && (
                      <li>{dialogue.responseSubmittedAt ? fill(t.myResponse, { date: instant(dialogue.responseSubmittedAt) }) : t.myNoResponse}</li>
                    )}
                    {dialogue.booking && <li>{fill(t.myBooking, { time: formatMeetingTime(dialogue.booking.startsAt, dialogue.booking.endsAt, locale) })}</li>}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {!supplier && (
        <p className="max-w-3xl text-slate-700">
          <Link href={dialoguesPath(locale)} className="text-brand-700 underline">
            {t.findDialogues}
          </Link>
        </p>
      )}
      {areas.length > 0 && (
        <div className="max-w-3xl rounded border border-slate-300 p-4">
          <h3 className="text-xl font-semibold">{t.followHeading}</h3>
          <p className="text-slate-700">{t.followLead}</p>
          <DialogueActionForm
            id="follow-areas"
            action={saveFollowedAreasAction}
            locale={locale}
            messages={pickMessages(locale, 'input')}
            hidden={{}}
            errorHeading={messages.dialogue.errorSummary}
            pending={messages.dialogue.saving}
            fields={[...areas]
              .sort((a, b) => areaName(a).localeCompare(areaName(b), locale))
              .map((area) => ({ name: `area-${area.id}`, label: areaName(area), kind: 'checkbox' as const, defaultValue: area.followed ? 'on' : '' }))}
            submit={t.followSave}
            tone="secondary"
          />
        </div>
      )}
    </section>
  );
}
