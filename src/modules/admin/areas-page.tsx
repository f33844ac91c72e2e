// /{locale}/admin/areas, for platform admins only: the thematic areas founders have proposed,
// oldest first, each with who proposed it and the networks that use it, and the two ways to
// settle it: approve it, or merge it into an existing area.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { getCurrentUser } from '@/server/auth/current-user';
import { db } from '@/server/db/client';
import { canReadAllAuditEvents } from '@/server/policy';
import { formatDate } from '@/ui/format';

import { AdminNav } from './admin-nav';
import { approveArea, mergeArea } from './area-actions';
import { AdminActionForm } from './components/admin-action-form';
import { AdminFeedbackProvider } from './components/admin-feedback';

/** Proposals are few (founders propose one now and then); the page shows them all. */
async function listProposals(locale: Locale) {
  const [proposals, approved] = await Promise.all([
    db().thematicArea.findMany({
      where: { status: 'PROPOSED' },
      orderBy: [{ proposedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        nameSv: true,
        nameEn: true,
        proposedAt: true,
        proposedBy: { select: { name: true, organization: { select: { name: true } } } },
        networks: { orderBy: { name: 'asc' }, select: { slug: true, name: true, publishedAt: true } },
        _count: { select: { needs: true } },
      },
    }),
    db().thematicArea.findMany({ where: { status: 'APPROVED' }, select: { id: true, nameSv: true, nameEn: true } }),
  ]);
  const collator = new Intl.Collator(locale === 'sv' ? 'sv-SE' : 'en-GB');
  const targets = approved
    .map((area) => ({ value: area.id, label: locale === 'sv' ? area.nameSv : area.nameEn }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return { proposals, targets };
}

export async function AreasPage({ locale }: { locale: Locale }) {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/admin/areas`)}`);
  if (!canReadAllAuditEvents(user)) notFound();
  const messages = getMessages(locale);
  const t = messages.adminAreas;
  const { proposals, targets } = await listProposals(locale);
  const common = { locale, messages: pickMessages(locale, 'input'), pendingLabel: t.saving, errorHeading: t.errorHeading };

  return (
    <div className="space-y-4">
      <AdminNav locale={locale} current="areas" />
      <h1 id="areas-heading" className="text-3xl font-bold break-words">
        {t.title}
      </h1>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>
      <AdminFeedbackProvider>
        {proposals.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul aria-labelledby="areas-heading" className="space-y-4">
            {proposals.map((area) => {
              const name = locale === 'sv' ? area.nameSv : area.nameEn;
              return (
                <li key={area.id} className="space-y-3 rounded border border-slate-300 p-4">
                  <h2 className="text-xl font-semibold break-words">{name}</h2>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                    <dt className="font-medium">{t.nameSv}</dt>
                    <dd className="break-words">{area.nameSv}</dd>
                    <dt className="font-medium">{t.nameEn}</dt>
                    <dd className="break-words">{area.nameEn}</dd>
                    <dt className="font-medium">{t.proposedBy}</dt>
                    <dd>
                      {area.proposedBy ? [area.proposedBy.name, area.proposedBy.organization?.name].filter(Boolean).join(', ') : t.formerUser}
                      {area.proposedAt && `, ${formatDate(area.proposedAt.toISOString().slice(0, 10), locale)}`}
                    </dd>
                    <dt className="font-medium">{t.usedBy}</dt>
                    <dd>
                      {area.networks.length === 0 ? (
                        t.noNetworks
                      ) : (
                        <ul>
                          {area.networks.map((network) => (
                            <li key={network.slug}>
                              <Link href={`/${locale}/networks/${network.slug}`} className="text-brand-700 underline">
                                {network.name}
                              </Link>
                              {network.publishedAt === null && ` (${messages.networkDraft.draftLabel})`}
                            </li>
                          ))}
                        </ul>
                      )}
                      {area._count.needs > 0 && <p>{fill(t.needCount, { count: String(area._count.needs) })}</p>}
                    </dd>
                  </dl>
                  <AdminActionForm {...common} action={approveArea} id={`approve-${area.id}`} hidden={{ areaId: area.id }} label={t.approve} hiddenSuffix={name} />
                  <details>
                    <summary className="cursor-pointer font-semibold text-red-800">
                      {t.merge}
                      <span className="sr-only"> {name}</span>
                    </summary>
                    <div className="mt-2 rounded border border-slate-300 bg-slate-50 p-3">
                      <AdminActionForm
                        {...common}
                        action={mergeArea}
                        id={`merge-${area.id}`}
                        hidden={{ areaId: area.id }}
                        field={{ kind: 'select', name: 'target', label: t.mergeTarget, value: '', options: [{ value: '', label: t.chooseTarget }, ...targets], required: true }}
                        label={t.confirmMerge}
                        hiddenSuffix={name}
                        danger
                      >
                        <p className="text-sm">{t.mergeLead}</p>
                      </AdminActionForm>
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </AdminFeedbackProvider>
    </div>
  );
}
