// The coordinator changes a need: its texts, area, owner, whether it is public and which
// member organisations share it. Others get a 404 (the page does not reveal itself); people
// who are signed out are asked to sign in first.
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';

import { NeedForm, type NeedFormValues } from './components/need-form';
import { getNeedForViewer } from './need-access';
import { organizationField } from './need-fields';
import { needPath, needsPath } from './need-paths';
import { getNeedForEdit, listActiveMembers, listAreas, listCommittedOrganizationIds, listMemberOrganizations } from './need-queries';

export async function editNeedPageTitle(locale: Locale, slug: string, needId: string): Promise<string> {
  const { need, network } = await getNeedForViewer(slug, needId);
  return `${getMessages(locale).needs.editTitle}: ${need.title} – ${network.name}`;
}

export async function EditNeedPage({ locale, slug, needId }: { locale: Locale; slug: string; needId: string }) {
  const { network, viewer, need: seen } = await getNeedForViewer(slug, needId);
  const path = needPath(locale, network.slug, seen.id);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`${path}/edit`)}`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).needs;
  const [need, areas, organizations, members, committed] = await Promise.all([
    getNeedForEdit(seen.id),
    listAreas(locale, network.id),
    listMemberOrganizations(network.id),
    listActiveMembers(network.id),
    listCommittedOrganizationIds(seen.id),
  ]);
  const initial: NeedFormValues = {
    title: need.title,
    problem: need.problem,
    affected: need.affected,
    currentPractice: need.currentPractice,
    desiredEffect: need.desiredEffect,
    areaId: need.areaId,
    ownerId: need.ownerId ?? '',
    isPublic: need.isPublic ? 'on' : '',
    ...Object.fromEntries(need.organizations.filter((o) => o.status !== 'DECLINED').map((o) => [organizationField(o.organizationId), 'on'])),
  };
  // Ticked organisations are invited until someone of them answers (answerSharingInvitation).
  const notes: Record<string, string> = Object.fromEntries(
    need.organizations.flatMap((o) => (o.status === 'INVITED' ? [[o.organizationId, t.form.invited]] : o.status === 'DECLINED' ? [[o.organizationId, t.form.declined]] : [])),
  );
  const declined = need.organizations.filter((o) => o.status === 'DECLINED').map((o) => o.organizationId);
  // The organisations the action keeps whatever is ticked (see updateNeed).
  const locked: Record<string, string> = {
    ...(need.leadOrganizationId ? { [need.leadOrganizationId]: t.form.leadsBuyerGroup } : {}),
    ...Object.fromEntries(committed.map((id) => [id, t.form.committed])),
  };
  // The current owner stays choosable after leaving the network, so saving keeps them.
  const owners = need.owner && !members.some((m) => m.id === need.owner!.id) ? [...members, { ...need.owner, organization: null }] : members;

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={path} className="text-brand-700 underline">
          ← {need.title}
        </Link>
        <h1 className="mt-3 text-3xl font-bold">{t.editTitle}</h1>
        <p className="mt-2 text-slate-700">{need.status === 'ARCHIVED' ? t.archivedCannotEdit : t.editLead}</p>
      </div>
      {need.status !== 'ARCHIVED' && (
        <NeedForm
          locale={locale}
          messages={pickMessages(locale, 'needs', 'input')}
          target={{ needId: need.id }}
          initial={initial}
          areas={areas}
          organizations={organizations}
          lockedOrganizations={locked}
          organizationNotes={notes}
          declinedOrganizations={declined}
          members={owners}
          needsPath={needsPath(locale, network.slug)}
        />
      )}
    </div>
  );
}
