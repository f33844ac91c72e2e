// The good innovative deal on a need's page (the agency's report, p. 43): the potential market
// summed over the organisations' statements (number of buyers, the yearly cost of the unmet
// need in kronor, the volume), the network's value offer to suppliers and each organisation's
// figures. Buying members state their own organisation's figures here; coordinators state the
// value offer. People's names are shown to the network's participants only.
import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { formatStockholmDay } from '@/i18n/stockholm-time';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatNumber } from '@/ui/format';

import { getBusinessCase, getBuyingOrganization, type BusinessCase } from '../business-case-queries';
import { kronorInputValue, formatKronor } from '../money';
import { getNeedForViewer, seesAllNeeds } from '../need-access';
import { CommitmentForm, type CommitmentValues } from './commitment-form';
import type { NeedSectionProps } from './need-section-props';
import { ValueOfferForm } from './value-offer-form';

export async function BusinessCaseSection({ locale, slug, needId }: NeedSectionProps) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  const messages = getMessages(locale);
  const t = messages.businessCase;
  const participant = seesAllNeeds(viewer);
  const [businessCase, buyingOrganization] = await Promise.all([
    getBusinessCase(need.id, participant),
    viewer.user && viewer.mayParticipate ? getBuyingOrganization(viewer.user.id, network.id) : null,
  ]);
  const { market, commitments } = businessCase;
  const open = need.status !== 'ARCHIVED';
  const own = buyingOrganization && commitments.find((c) => c.organizationId === buyingOrganization.id);

  return (
    <section aria-labelledby="business-case-heading" className="space-y-6">
      <div>
        <h2 id="business-case-heading" className="text-2xl font-semibold">
          {t.heading}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t.lead}</p>
      </div>

      <div>
        <h3 className="text-lg font-semibold">{t.marketHeading}</h3>
        <dl className="mt-2 grid gap-x-8 gap-y-2 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t.buyers}</dt>
          <dd>{formatNumber(market.buyers, locale)}</dd>
          <dt className="font-semibold">{t.totalCost}</dt>
          <dd>
            {market.costStatedBy === 0 ? (
              t.notStated
            ) : (
              <>
                <strong>{formatKronor(market.totalAnnualCostOre, locale)}</strong> <span className="text-slate-700">({t.statedBy(market.costStatedBy)})</span>
              </>
            )}
          </dd>
          <dt className="font-semibold">{t.totalVolume}</dt>
          <dd>
            {market.volumeStatedBy === 0 ? (
              t.notStated
            ) : (
              <>
                <strong>{t.volumeWithUnit(formatNumber(market.totalVolume, locale), businessCase.volumeUnit)}</strong>{' '}
                <span className="text-slate-700">({t.statedBy(market.volumeStatedBy)})</span>
              </>
            )}
          </dd>
        </dl>
      </div>

      <div>
        <h3 className="text-lg font-semibold">{t.valueOfferHeading}</h3>
        {businessCase.valueOffers.length === 0 ? (
          <p className="mt-1">{t.noValueOffer}</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {businessCase.valueOffers.map((offer) => (
              <li key={offer}>
                <strong>{messages.needEnums.valueOffer[offer]}</strong> – {t.valueOfferHelp[offer]}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div>
        <h3 id="business-case-statements" className="text-lg font-semibold">
          {t.statementsHeading}
        </h3>
        {commitments.length === 0 ? (
          <p className="mt-1">{t.noStatements}</p>
        ) : (
          <StatementsTable locale={locale} messages={messages} businessCase={businessCase} showNames={participant} />
        )}
        {participant && businessCase.hiddenFromPublic > 0 && <p className="mt-2 text-slate-700">{t.hiddenFromPublic(businessCase.hiddenFromPublic)}</p>}
      </div>

      {buyingOrganization && open && (
        <div className="rounded border border-slate-300 p-5">
          <h3 className="text-lg font-semibold">{t.commitHeading(buyingOrganization.name)}</h3>
          <p className="mb-4 mt-1 max-w-3xl text-slate-700">{t.commitLead}</p>
          <CommitmentForm locale={locale} messages={pickMessages(locale, 'businessCase', 'needEnums', 'input')} needId={need.id} volumeUnit={businessCase.volumeUnit} initial={commitmentValues(own ?? null)} />
        </div>
      )}
      {!buyingOrganization && viewer.mayParticipate && !viewer.mayManage && <p className="text-slate-700">{t.commitNotEligible}</p>}

      {viewer.mayManage && open && (
        <div className="rounded border border-slate-300 p-5">
          <h3 className="text-lg font-semibold">{t.valueOfferFormHeading}</h3>
          <p className="mb-4 mt-1 max-w-3xl text-slate-700">{t.valueOfferFormLead}</p>
          <ValueOfferForm locale={locale} messages={pickMessages(locale, 'businessCase', 'needEnums', 'input')} needId={need.id} valueOffers={businessCase.valueOffers} volumeUnit={businessCase.volumeUnit} />
        </div>
      )}
    </section>
  );
}

function commitmentValues(commitment: BusinessCase['commitments'][number] | null): CommitmentValues {
  return {
    annualCost: commitment?.annualCostOre != null ? kronorInputValue(commitment.annualCostOre) : '',
    costBasis: commitment?.costBasis ?? '',
    expectedVolume: commitment?.expectedVolume != null ? String(commitment.expectedVolume) : '',
    level: commitment?.level ?? '',
    conditions: commitment?.conditions ?? '',
    isPublic: commitment?.isPublic ?? false,
  };
}

function StatementsTable({ locale, messages, businessCase, showNames }: { locale: Locale; messages: Messages; businessCase: BusinessCase; showNames: boolean }) {
  const t = messages.businessCase;
  const c = t.columns;
  return (
    <DataTable
      caption={t.statementsCaption}
      labelledBy="business-case-statements"
      minWidth="min-w-[48rem]"
      className="mt-2"
      columns={[
        { label: c.organization },
        { label: c.cost, align: 'right' },
        { label: c.basis },
        { label: c.volume, align: 'right' },
        { label: c.level },
        ...(showNames ? [{ label: c.visibility }] : []),
        { label: c.stated },
      ]}
    >
      {businessCase.commitments.map((commitment) => (
        <tr key={commitment.id} className={rowClass}>
          <th scope="row" className={`${cellClass} font-semibold`}>
            {commitment.organization.name}
          </th>
          <td className={`${cellClass} whitespace-nowrap text-right`}>{commitment.annualCostOre === null ? t.none : formatKronor(commitment.annualCostOre, locale)}</td>
          <td className={cellClass}>{commitment.costBasis || t.none}</td>
          <td className={`${cellClass} text-right`}>
            {commitment.expectedVolume === null ? t.none : t.volumeWithUnit(formatNumber(commitment.expectedVolume, locale), businessCase.volumeUnit)}
          </td>
          <td className={cellClass}>
            {messages.needEnums.commitment[commitment.level]}
            {commitment.conditions && (
              <span className="mt-1 block text-sm text-slate-700">
                {t.conditions}: {commitment.conditions}
              </span>
            )}
          </td>
          {showNames && <td className={cellClass}>{commitment.isPublic ? t.visibilityPublic : t.visibilityMembers}</td>}
          <td className={lastCellClass}>{t.statedOn(formatStockholmDay(commitment.statedAt, locale), showNames ? (commitment.statedBy?.name ?? null) : null)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
