// The dialogues as other pages show them: a network's dialogues on its page (drafts too for
// its coordinators, with a link to start one), and a need's published dialogues on the need's
// page, each with its summary linked once published. Server components without script.
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';

import { dialoguePath, newDialoguePath } from '../dialogue-paths';
import { listNeedDialogues, listNetworkDialogues } from '../dialogue-queries';

/** `asPage`: the network's dialogues page (its own heading), not a section of the network's page. */
export async function NetworkDialoguesSection({
  locale,
  network,
  mayManage,
  asPage = false,
}: {
  locale: Locale;
  /** `contentLocale`: the network's language, the one its dialogues are written in. */
  network: { id: string; slug: string; isEnded: boolean; contentLocale: Locale };
  mayManage: boolean;
  asPage?: boolean;
}) {
  const messages = getMessages(locale);
  const t = messages.dialogues;
  const dialogues = await listNetworkDialogues(network.id, mayManage);
  const Heading = asPage ? 'h1' : 'h2';
  return (
    <section aria-labelledby="dialogues-heading" className="space-y-3">
      <Heading id="dialogues-heading" className={asPage ? 'text-3xl font-bold' : 'text-2xl font-semibold'}>
        {t.networkHeading}
      </Heading>
      <p className="text-slate-700">{t.networkLead}</p>
      {dialogues.length === 0 ? (
        <p>{t.networkEmpty}</p>
      ) : (
        <ul className="space-y-2">
          {dialogues.map((dialogue) => (
            <li key={dialogue.id}>
              <Link href={dialoguePath(locale, dialogue.id)} className="text-brand-700 underline" lang={contentLang(network.contentLocale, locale)}>
                {dialogue.title}
              </Link>{' '}
              <span className="text-sm text-slate-700">
                · {messages.dialogueEnums.form[dialogue.form]} · {messages.dialogueEnums.status[dialogue.status]}
                {(dialogue.status === 'OPEN' || dialogue.status === 'DRAFT') && <> · {t.closes} {formatStockholmInstant(dialogue.closesAt, locale)}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayManage && !network.isEnded && (
        <p>
          <Link href={newDialoguePath(locale, network.slug)} className="font-semibold text-brand-700 underline">
            {t.newDialogue}
          </Link>
        </p>
      )}
    </section>
  );
}

export async function NeedDialoguesSection({ locale, needId, contentLocale }: { locale: Locale; needId: string; contentLocale: Locale }) {
  const messages = getMessages(locale);
  const dialogues = await listNeedDialogues(needId);
  if (dialogues.length === 0) return null;
  return (
    <section aria-labelledby="need-dialogues-heading" className="max-w-3xl space-y-3">
      <h2 id="need-dialogues-heading" className="text-2xl font-semibold">
        {messages.dialogues.needHeading}
      </h2>
      <ul className="space-y-2">
        {dialogues.map((dialogue) => (
          <li key={dialogue.id}>
            <Link href={dialoguePath(locale, dialogue.id)} className="text-brand-700 underline" lang={contentLang(contentLocale, locale)}>
              {dialogue.title}
            </Link>{' '}
            <span className="text-sm text-slate-700">
              · {messages.dialogueEnums.form[dialogue.form]}
              {!dialogue.summaryPublishedAt && <> · {messages.dialogueEnums.status[dialogue.status]}</>}
            </span>
            {dialogue.summaryPublishedAt && (
              <>
                {' · '}
                <Link href={`${dialoguePath(locale, dialogue.id)}#summary`} className="text-brand-700 underline">
                  {messages.dialogues.readSummary}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
