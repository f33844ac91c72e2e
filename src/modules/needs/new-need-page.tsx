// A member proposes a need. Everyone else is told why they cannot: signed-out people get a
// link to sign in and come back, signed-in people outside the network are pointed to the
// network's page, where joining is explained.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getNetworkViewer } from '@/server/network-viewer';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { NeedForm } from './components/need-form';
import { organizationField } from './need-fields';
import { needsPath } from './need-paths';
import { getMembershipOrganization, getNetworkAreaId, listAreas, listMemberOrganizations } from './need-queries';
import { newSubmissionKey } from '@/server/actions/submission-key';

export async function NewNeedPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const t = getMessages(locale).needs;
  const listPath = needsPath(locale, network.slug);
  const networkPath = `/${locale}/networks/${encodeURIComponent(network.slug)}`;

  let body: React.ReactNode;
  if (!viewer.user) {
    body = (
      <p>
        {t.newSignIn}{' '}
        <Link href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`${listPath}/new`)}`} className="font-semibold text-brand-700 underline">
          {t.signInLink}
        </Link>
      </p>
    );
  } else if (network.isEnded) {
    body = <EndedNetworkNotice locale={locale} />;
  } else if (!viewer.mayParticipate || !viewer.actor?.membership) {
    body = (
      <p>
        {t.newNotMember}{' '}
        <Link href={networkPath} className="font-semibold text-brand-700 underline">
          {network.name}
        </Link>
      </p>
    );
  } else {
    const [networkArea, areas, organizations, own] = await Promise.all([
      getNetworkAreaId(network.id),
      listAreas(locale, network.id),
      listMemberOrganizations(network.id),
      getMembershipOrganization(viewer.actor.membership.id),
    ]);
    body = (
      <NeedForm
        locale={locale}
        messages={pickMessages(locale, 'needs', 'input')}
        target={{ networkId: network.id, submissionKey: newSubmissionKey() }}
        initial={{ areaId: networkArea, ...(own ? { [organizationField(own.id)]: 'on' } : {}) }}
        areas={areas}
        organizations={organizations}
        lockedOrganizations={own ? { [own.id]: t.form.yourOrganization } : {}}
        needsPath={listPath}
      />
    );
  }

  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.newTitle}</h1>
        <p className="mt-2 text-slate-700">{t.newLead}</p>
      </div>
      {body}
    </div>
  );
}
