// Where an invitation link leads (/invitations/{token}): the network and the role, and a way
// to accept, or a plain explanation when the link cannot be used (unknown, used, withdrawn,
// expired, meant for another address, or the visitor must sign in first).
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { getCurrentUser } from '@/server/auth/current-user';
import { formatDate } from '@/ui/format';

import { AcceptInvitationForm } from './components/accept-invitation-form';
import { getInvitationByToken, type InvitationView } from './joining-queries';

const noticeClass = 'rounded border-l-4 border-slate-500 bg-slate-50 p-4';

export async function InvitationPage({ locale, token }: { locale: Locale; token: string }) {
  const messages = getMessages(locale);
  const t = messages.joining;
  const [user, invitation] = await Promise.all([getCurrentUser(), getInvitationByToken(token)]);

  if (!invitation) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t.invitationTitle}</h1>
        <p className={noticeClass}>{t.invitationNotFound}</p>
      </div>
    );
  }

  const networkPath = `/${locale}/networks/${encodeURIComponent(invitation.network.slug)}`;
  const networkLink = (
    <Link href={networkPath} className="font-semibold text-brand-700 underline">
      {t.toNetwork}
    </Link>
  );

  return (
    <div className="max-w-2xl space-y-5">
      <h1 className="text-3xl font-bold">{t.invitationHeading(invitation.network.name)}</h1>
      <p className="text-lg">{t.invitationRole(messages.enums.role[invitation.role])}</p>
      <InvitationBody locale={locale} token={token} invitation={invitation} user={user} />
      <p>{networkLink}</p>
    </div>
  );
}

function InvitationBody({
  locale,
  token,
  invitation,
  user,
}: {
  locale: Locale;
  token: string;
  invitation: InvitationView;
  user: { id: string; email: string } | null;
}) {
  const messages = getMessages(locale);
  const t = messages.joining;
  switch (invitation.status) {
    case 'ACCEPTED':
      // Shown right after accepting too: the confirmation survives a reload (until they leave).
      return user && invitation.acceptedById === user.id && invitation.acceptedByIsMember ? (
        <p role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
          {t.accepted(invitation.network.name)}
        </p>
      ) : (
        <p className={noticeClass}>{t.invitationUsed}</p>
      );
    case 'REVOKED':
      return <p className={noticeClass}>{t.invitationRevoked}</p>;
    case 'EXPIRED':
      return <p className={noticeClass}>{t.invitationExpired}</p>;
    case 'PENDING':
      break;
  }

  const validity = <p>{t.invitationValidUntil(formatDate(invitation.expiresAt, locale))}</p>;
  if (!user) {
    const callbackUrl = `/${locale}/invitations/${encodeURIComponent(token)}`;
    return (
      <>
        {validity}
        <p>{t.signInToAcceptLead}</p>
        <Link
          href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900"
        >
          {t.signInToAccept}
        </Link>
      </>
    );
  }
  if (user.email.toLowerCase() !== invitation.email) {
    return (
      <div className={noticeClass}>
        <p>{messages.refused.invitationOtherEmail}</p>
        <p className="mt-2">{t.signedInAs(user.email)}</p>
      </div>
    );
  }
  return (
    <>
      {validity}
      <AcceptInvitationForm locale={locale} messages={pickMessages(locale, 'joining', 'governance', 'input')} token={token} />
    </>
  );
}
