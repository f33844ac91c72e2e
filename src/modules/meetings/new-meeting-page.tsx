// The secretariat plans a meeting. Others get a 404 (the page does not reveal itself); people
// who are signed out are asked to sign in first.
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getNetworkViewer } from '@/server/network-viewer';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { MeetingForm } from './components/meeting-form';
import { meetingsPath } from './meeting-paths';
import { newSubmissionKey } from '@/server/actions/submission-key';

export async function NewMeetingPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getNetworkViewer(slug);
  const listPath = meetingsPath(locale, network.slug);
  if (!viewer.user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`${listPath}/new`)}`);
  if (!viewer.mayManage) notFound();
  const t = getMessages(locale).meetings;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.newTitle}</h1>
        <p className="mt-2 text-slate-700">{t.newLead}</p>
      </div>
      {network.isEnded ? (
        <EndedNetworkNotice locale={locale} />
      ) : (
        <MeetingForm locale={locale} messages={pickMessages(locale, 'meetings', 'input')} target={{ networkId: network.id, submissionKey: newSubmissionKey() }} initial={{ format: 'PHYSICAL', isPublic: 'on' }} meetingsPath={listPath} />
      )}
    </div>
  );
}
