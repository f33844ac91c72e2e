// The secretariat's invitations page (/networks/{slug}/manage/invitations): invite a person by
// email to a role, and see and withdraw the invitations made.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';

import { CreateInvitationForm, InvitationList } from './components/invitation-forms';
import { listInvitations } from './joining-queries';
import { requireNetworkManager } from './manage-access';
import { managePath } from './manage-path';

export async function InvitationsPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'invitations'));
  const t = getMessages(locale).joining;
  const invitations = await listInvitations(network.id);
  const clientMessages = pickMessages(locale, 'joining', 'enums', 'input');

  return (
    <div className="space-y-10">
      <section aria-labelledby="create-invitation" className="space-y-4">
        <h2 id="create-invitation" className="text-2xl font-semibold">
          {t.createHeading}
        </h2>
        <p className="max-w-3xl rounded border-l-4 border-brand-700 bg-brand-50 p-4 text-brand-900">{t.noMailNotice}</p>
        <CreateInvitationForm locale={locale} messages={clientMessages} networkId={network.id} />
      </section>

      {/* Not a landmark itself: the table's scrolling region carries the heading's name. */}
      <section>
        <h2 id="invitation-list" className="text-2xl font-semibold">
          {t.listHeading}
        </h2>
        <InvitationList locale={locale} messages={clientMessages} invitations={invitations} labelledBy="invitation-list" />
      </section>
    </div>
  );
}
