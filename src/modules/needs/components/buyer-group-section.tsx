// The need's buyer group (the agency's report, p. 10, 13): the members whose organisations
// intend to procure, and the organisation that leads the procurement. Coordinators form or
// change it on its own page once the need is in preparation.
import Link from 'next/link';

import { getMessages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { secondaryLinkButtonClass } from '@/ui/form-classes';

import { buyerGroupPath } from '../buyer-paths';
import { getBuyerGroup } from '../business-case-queries';
import { getNeedForViewer, seesAllNeeds } from '../need-access';
import { mayHaveBuyerGroup } from '../need-status';

import type { NeedSectionProps } from './need-section-props';

export async function BuyerGroupSection({ locale, slug, needId }: NeedSectionProps) {
  const { network, viewer, need } = await getNeedForViewer(slug, needId);
  const t = getMessages(locale).businessCase.buyerGroup;
  const { group, leadOrganization } = await getBuyerGroup(need.id, network.id);
  const mayForm = viewer.mayManage && mayHaveBuyerGroup(need.status);
  // The public sees which organisations take part, not the people (as on the network page).
  const organizations = [...new Set(group?.members.map((member) => member.organization).filter((name): name is string => Boolean(name)))];

  return (
    <section aria-labelledby="buyer-group-heading" className="space-y-4">
      <div>
        <h2 id="buyer-group-heading" className="text-2xl font-semibold">
          {t.heading}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t.lead}</p>
      </div>
      {group ? (
        <>
          <p>
            <strong>{t.leadOrganization}:</strong> {leadOrganization?.name ?? t.noLead}
          </p>
          {group.members.length === 0 ? (
            <p>{t.emptyMembers}</p>
          ) : !seesAllNeeds(viewer) ? (
            <div>
              <h3 className="font-semibold">{t.columns.organization}</h3>
              <ul className="mt-1 list-disc pl-6">
                {organizations.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            </div>
          ) : (
            <DataTable caption={t.caption} minWidth="min-w-[24rem]" className="max-w-2xl" columns={[{ label: t.columns.name }, { label: t.columns.organization }]}>
              {group.members.map((member) => (
                <tr key={member.id} className={rowClass}>
                  <th scope="row" className={`${cellClass} font-semibold`}>
                    {member.name}
                  </th>
                  <td className={lastCellClass}>{member.organization ?? '–'}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      ) : (
        <p>{t.empty}</p>
      )}
      {mayForm && (
        <p>
          <Link href={buyerGroupPath(locale, network.slug, need.id)} className={secondaryLinkButtonClass}>
            {group ? t.change : t.form}
          </Link>
        </p>
      )}
      {viewer.mayManage && !mayHaveBuyerGroup(need.status) && !group && <p className="text-slate-700">{t.notReadyManager}</p>}
    </section>
  );
}
