// The coordinator hands a need's results over, in two steps that work without JavaScript: choose
// the receiving organisation (a GET form: the page reloads with that organisation's people),
// then the named recipient, the documents and a message. Others get a 404; people who are
// signed out are asked to sign in first.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { inputClass, secondaryButtonClass } from '@/ui/form-classes';

import { handoverPath } from './buyer-paths';
import { HandoverForm } from './components/handover-form';
import { listReceivers, listRecipients } from './handover-queries';
import { getNeedForViewer } from './need-access';
import { needPath } from './need-paths';
import { mayHandOver } from './need-status';
import { newSubmissionKey } from '@/server/actions/submission-key';

export async function handoverPageTitle(locale: Locale, slug: string, needId: string): Promise<string> {
  const { need, network } = await getNeedForViewer(slug, needId);
  return `${getMessages(locale).businessCase.handoverPage.title(need.title)} – ${network.name}`;
}

export async function HandoverPage({ locale, slug, needId, organizationId }: { locale: Locale; slug: string; needId: string; organizationId: string | null }) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  const path = handoverPath(locale, slug, needId);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).businessCase.handoverPage;
  const needHref = needPath(locale, network.slug, need.id);
  const ready = mayHandOver(need.status);
  const receivers = ready ? await listReceivers(network.id) : [];
  const chosen = organizationId ? (receivers.find((receiver) => receiver.id === organizationId) ?? null) : null;
  const unknown = Boolean(organizationId) && !chosen;
  const recipients = chosen ? await listRecipients(chosen.id) : [];
  const members = receivers.filter((receiver) => receiver.isMember);
  const others = receivers.filter((receiver) => !receiver.isMember);

  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <Link href={needHref} className="text-brand-700 underline">
          ← {need.title}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.title(need.title)}</h1>
        <p className="mt-2 text-slate-700">{t.lead}</p>
      </div>

      {!ready ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.notReady}</p>
      ) : receivers.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.noOrganizations}</p>
      ) : (
        <>
          <section aria-labelledby="handover-organization" className="space-y-3">
            <h2 id="handover-organization" className="text-2xl font-semibold">
              {t.organizationStep}
            </h2>
            <form method="get" action={path} className="flex flex-wrap items-end gap-3">
              <div className="min-w-[16rem] flex-1">
                <label htmlFor="handover-organization-choice" className="block font-medium">
                  {t.receivingOrganization}
                </label>
                <p id="handover-organization-choice-hint" className="text-sm text-slate-700">
                  {t.organizationHint}
                </p>
                <select
                  id="handover-organization-choice"
                  name="organization"
                  defaultValue={chosen?.id ?? ''}
                  // Written out: describedBy and FieldError live in a client module, and this page is not one.
                  aria-invalid={unknown || undefined}
                  aria-describedby={unknown ? 'handover-organization-choice-hint handover-organization-choice-error' : 'handover-organization-choice-hint'}
                  className={inputClass(unknown)}
                >
                  <option value="">{t.chooseOrganization}</option>
                  {members.length > 0 && (
                    <optgroup label={t.memberOrganizations}>
                      {members.map((receiver) => (
                        <option key={receiver.id} value={receiver.id}>
                          {receiver.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {others.length > 0 && (
                    <optgroup label={t.otherOrganizations}>
                      {others.map((receiver) => (
                        <option key={receiver.id} value={receiver.id}>
                          {receiver.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
                {unknown && (
                  <p id="handover-organization-choice-error" className="mt-1 text-sm font-medium text-red-800">
                    {t.unknownOrganization}
                  </p>
                )}
              </div>
              <button type="submit" className={secondaryButtonClass}>
                {t.continue}
              </button>
            </form>
          </section>

          {chosen && (
            <section aria-labelledby="handover-details" className="space-y-3">
              <h2 id="handover-details" className="text-2xl font-semibold">
                {t.detailsStep(chosen.name)}
              </h2>
              {recipients.length === 0 ? (
                <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.noPeople}</p>
              ) : (
                <HandoverForm key={chosen.id} locale={locale} messages={pickMessages(locale, 'businessCase', 'needEnums', 'input')} needId={need.id} submissionKey={newSubmissionKey()} organizationId={chosen.id} recipients={recipients} needHref={needHref} />
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
