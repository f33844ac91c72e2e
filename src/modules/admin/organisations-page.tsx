// The organisation list, for platform admins only: search by name or organisation number, a
// page of 25 at a time in name order, and for each organisation the forms to correct its
// details, manage its email domains and merge it, as a duplicate, into another.
import { notFound, redirect } from 'next/navigation';

import { countyName, countyOptions } from '@/modules/accounts/client';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { fill } from '@/i18n/template';
import { getCurrentUser } from '@/server/auth/current-user';
import { canReadAllAuditEvents } from '@/server/policy';
import type { SearchParams } from '@/ui/search-params';

import { AdminListFrame } from './admin-list-frame';
import { AdminNav } from './admin-nav';
import { organisationsHref, parseOrganisationsQuery } from './admin-params';
import { AdminActionForm } from './components/admin-action-form';
import { OrganisationEditForm } from './components/organisation-edit-form';
import { addDomain, mergeOrganisation, removeDomain, updateOrganisation, verifyDomain } from './organisation-actions';
import { listOrganisations } from './organisation-queries';

export async function OrganisationsPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const basePath = `/${locale}/admin/organisations`;
  const query = parseOrganisationsQuery(searchParams);
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(organisationsHref(basePath, { q: query.q }))}`);
  if (!canReadAllAuditEvents(user)) notFound();
  const messages = getMessages(locale);
  const t = messages.adminOrganisations;
  const page = await listOrganisations(query);
  const counties = countyOptions(locale);
  const clientMessages = pickMessages(locale, 'adminOrganisations', 'enums', 'input');
  const common = { locale, messages: pickMessages(locale, 'input'), pendingLabel: t.saving, errorHeading: t.errorHeading };

  return (
    <div className="space-y-4">
      <AdminNav locale={locale} current="organisations" />
      <h1 id="organisations-heading" className="text-3xl font-bold break-words">
        {t.title}
      </h1>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>

      <AdminListFrame
        basePath={basePath}
        search={{ id: 'organisations-q', label: t.searchLabel, value: query.q, button: t.search }}
        invalidCursor={query.invalidCursor ? t.invalidCursor : null}
        empty={page.organisations.length === 0 ? { text: query.q ? t.emptySearch : t.empty, href: query.q ? basePath : null, link: t.showAll } : null}
        firstHref={query.cursor ? organisationsHref(basePath, { q: query.q }) : null}
        nextHref={page.nextCursor ? organisationsHref(basePath, { q: query.q, cursor: page.nextCursor }) : null}
        texts={t}
      >
        <ul aria-labelledby="organisations-heading" className="space-y-4">
          {page.organisations.map((organisation) => (
            <li key={organisation.id} className="space-y-3 rounded border border-slate-300 p-4">
              <h2 className="text-xl font-semibold break-words">{organisation.name}</h2>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
                <dt className="font-medium">{t.slug}</dt>
                <dd className="font-mono [overflow-wrap:anywhere]">{organisation.slug}</dd>
                <dt className="font-medium">{t.organisationNumber}</dt>
                <dd>{organisation.organizationNumber ?? t.none}</dd>
                <dt className="font-medium">{t.kind}</dt>
                <dd>{messages.enums.organizationKind[organisation.kind]}</dd>
                <dt className="font-medium">{t.county}</dt>
                <dd>{countyName(organisation.countyCode, locale) ?? t.none}</dd>
                <dt className="font-medium">{t.people}</dt>
                <dd>{organisation.people}</dd>
              </dl>

              <details>
                <summary className="cursor-pointer font-semibold text-brand-700">
                  {t.edit}
                  <span className="sr-only"> {fill(t.editFor, { name: organisation.name })}</span>
                </summary>
                <div className="mt-2">
                  <OrganisationEditForm action={updateOrganisation} locale={locale} messages={clientMessages} counties={counties} organisation={organisation} />
                </div>
              </details>

              <section aria-labelledby={`domains-${organisation.id}`} className="space-y-2">
                <h3 id={`domains-${organisation.id}`} className="font-semibold">
                  {t.domains}
                </h3>
                {organisation.domains.length === 0 ? (
                  <p className="text-sm text-slate-700">{t.noDomains}</p>
                ) : (
                  <ul className="space-y-2">
                    {organisation.domains.map((domain) => (
                      <li key={domain.domain} className="flex flex-wrap items-start gap-3">
                        <span className="font-mono [overflow-wrap:anywhere]">{domain.domain}</span>
                        <span className="text-sm">{domain.verifiedAt ? t.verified : t.unverified}</span>
                        {!domain.verifiedAt && (
                          <AdminActionForm {...common} action={verifyDomain} id={`verify-${domain.domain}`} hidden={{ domain: domain.domain }} label={t.verify} hiddenSuffix={domain.domain} />
                        )}
                        <AdminActionForm {...common} action={removeDomain} id={`remove-${domain.domain}`} hidden={{ domain: domain.domain }} label={t.remove} hiddenSuffix={domain.domain} danger />
                      </li>
                    ))}
                  </ul>
                )}
                <AdminActionForm
                  {...common}
                  action={addDomain}
                  id={`add-domain-${organisation.id}`}
                  hidden={{ organisationId: organisation.id }}
                  field={{ kind: 'text', name: 'domain', label: t.domain, hint: t.domainHint, required: true }}
                  label={t.addDomain}
                  hiddenSuffix={fill(t.editFor, { name: organisation.name })}
                />
              </section>

              <details>
                <summary className="cursor-pointer font-semibold text-red-800">
                  {t.merge}
                  <span className="sr-only"> {fill(t.mergeFor, { name: organisation.name })}</span>
                </summary>
                <div className="mt-2 rounded border border-slate-300 bg-slate-50 p-3">
                  <AdminActionForm
                    {...common}
                    action={mergeOrganisation}
                    id={`merge-${organisation.id}`}
                    hidden={{ organisationId: organisation.id }}
                    field={{ kind: 'text', name: 'target', label: t.mergeTarget, hint: t.mergeTargetHint, required: true }}
                    label={t.confirmMerge}
                    hiddenSuffix={fill(t.mergeFor, { name: organisation.name })}
                    danger
                  >
                    <p className="text-sm">{t.mergeLead}</p>
                  </AdminActionForm>
                </div>
              </details>
            </li>
          ))}
        </ul>
      </AdminListFrame>
    </div>
  );
}
