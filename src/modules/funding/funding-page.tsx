// /{locale}/networks/{slug}/manage/funding: the secretariat keeps who funds the network and
// for which periods. Grants from Energimyndigheten, Vinnova and the EU are time-limited (the
// agency's report 2019:3, p. 35), so the page asks for their end dates.
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { requireNetworkManager } from '@/modules/governance';
import { managePath } from '@/modules/governance/client';
import { formatDate } from '@/ui/format';

import { AddFunderForm, EditFunderForm, PeriodForm, RemovalArea, RemoveFunderForm, RemovePeriodForm } from './components/funding-forms';
import { listFunderOrganizations, listNetworkFunders, type EditableFunder } from './funding-queries';
import { formatKronor, isTimeLimitedFunder } from './rules';

export async function FundingPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'funding'));
  const messages = getMessages(locale);
  const t = messages.funding;
  const [funders, organizations] = await Promise.all([listNetworkFunders(network.id), listFunderOrganizations(locale)]);
  const clientMessages = pickMessages(locale, 'funding', 'enums', 'input');

  return (
    <section aria-labelledby="funding-title" className="max-w-4xl space-y-6">
      <h2 id="funding-title" className="text-2xl font-semibold">
        {t.title}
      </h2>
      <p className="text-slate-700">{t.lead}</p>
      <p className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">{t.timeLimitedHint}</p>

      <section aria-labelledby="funders-title" className="space-y-4">
        <h3 id="funders-title" className="text-xl font-semibold">
          {t.fundersHeading}
        </h3>
        <RemovalArea messages={clientMessages}>
          {funders.length === 0 ? (
            <p className="text-slate-700">
              {t.noFunders} <a href="#add-funder-title" className="underline">{t.addFunderHeading}</a>.
            </p>
          ) : (
            <ul className="space-y-6">
              {funders.map((funder) => (
                <FunderItem key={funder.id} {...{ funder, locale, messages, clientMessages, organizations }} />
              ))}
            </ul>
          )}
        </RemovalArea>
      </section>

      <AddFunderForm locale={locale} messages={clientMessages} networkId={network.id} organizations={organizations} />
    </section>
  );
}

function FunderItem({
  funder,
  locale,
  messages,
  clientMessages,
  organizations,
}: {
  funder: EditableFunder;
  locale: Locale;
  messages: Messages;
  clientMessages: ClientMessages<'funding' | 'enums' | 'input'>;
  organizations: Array<{ id: string; name: string }>;
}) {
  const t = messages.funding;
  const name = funder.funderOrganization?.name ?? (funder.kind === 'MEMBERSHIP_FEES' ? messages.enums.fundingKind.MEMBERSHIP_FEES : t.theMembers);
  const timeLimited = funder.funderOrganization ? isTimeLimitedFunder(funder.funderOrganization) : false;
  const headingId = `funder-${funder.id}-title`;
  const date = (value: string | null) => (value ? formatDate(value, locale) : t.openDate);

  return (
    <li aria-labelledby={headingId} className="space-y-4 rounded border border-slate-300 p-4">
      <h4 id={headingId} className="text-lg font-semibold">
        {name} <span className="font-normal text-slate-700">({messages.enums.fundingKind[funder.kind]})</span>
      </h4>
      {timeLimited && <p className="text-sm font-medium text-slate-800">{t.timeLimitedFunder}</p>}

      <h5 className="font-semibold">{t.periodsHeading}</h5>
      {funder.periods.length === 0 ? (
        <p className="text-slate-700">{t.noPeriods}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">{t.periodStart} – {t.periodEnd}</th>
              <th scope="col" className="py-1 pr-3">{t.status}</th>
              <th scope="col" className="py-1 pr-3">{t.summary.amount}</th>
              <th scope="col" className="py-1">{t.note}</th>
            </tr>
          </thead>
          <tbody>
            {funder.periods.map((period) => (
              <tr key={period.id} className="border-b border-slate-200 align-top">
                <td className="py-1 pr-3">{t.periodLabel(date(period.periodStart), date(period.periodEnd))}</td>
                <td className="py-1 pr-3">{messages.enums.fundingPeriodStatus[period.status]}</td>
                <td className="py-1 pr-3 whitespace-nowrap">{period.amountSek === null ? '–' : formatKronor(period.amountSek, locale)}</td>
                <td className="py-1 whitespace-pre-line">{period.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {funder.periods.map((period) => (
        <details key={period.id} className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">{t.editPeriod(t.periodLabel(date(period.periodStart), date(period.periodEnd)))}</summary>
          <div className="mt-3 space-y-4">
            <PeriodForm
              locale={locale}
              messages={clientMessages}
              target={{ periodId: period.id, updatedAt: period.updatedAt.toISOString() }}
              timeLimited={timeLimited}
              stored={{
                periodStart: period.periodStart ?? '',
                periodEnd: period.periodEnd ?? '',
                status: period.status,
                amount: period.amountSek === null ? '' : String(period.amountSek),
                note: period.note,
              }}
            />
            <RemovePeriodForm locale={locale} messages={clientMessages} periodId={period.id} />
          </div>
        </details>
      ))}

      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium">{t.addPeriodHeading}</summary>
        <div className="mt-3">
          <PeriodForm locale={locale} messages={clientMessages} target={{ funderId: funder.id }} timeLimited={timeLimited} />
        </div>
      </details>

      <details className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium">{t.editFunder}</summary>
        <div className="mt-3 space-y-4">
          <EditFunderForm
            locale={locale}
            messages={clientMessages}
            funderId={funder.id}
            organizations={organizations}
            stored={{ kind: funder.kind, organizationId: funder.funderOrganization?.id ?? '' }}
          />
          <RemoveFunderForm locale={locale} messages={clientMessages} funderId={funder.id} />
        </div>
      </details>
    </li>
  );
}
