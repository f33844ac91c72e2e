// The network page's panel about joining: signed out, a way to sign in and come back; signed
// in, the visitor's standing (member, pending request, why they cannot join, or the form).
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import type { CurrentUser } from '@/server/auth/current-user';

import { getJoinContext } from '../joining-queries';
import { MembershipPanel } from './membership-panel-loader';

export async function JoinPanel({ locale, slug, user }: { locale: Locale; slug: string; user: CurrentUser | null }) {
  const context = await getJoinContext(slug, user);
  if (!context) return null;
  const messages = getMessages(locale);
  const t = messages.joining;

  if (context.standing.kind !== 'signedOut') {
    return (
      <MembershipPanel
        locale={locale}
        messages={pickMessages(locale, 'myMembership', 'joining', 'governance', 'enums', 'input')}
        networkId={context.networkId}
        standing={context.standing}
        refusal={context.standing.kind === 'blocked' ? messages.refused[context.standing.reason] : null}
      />
    );
  }
  const callbackUrl = `/${locale}/networks/${encodeURIComponent(slug)}`;
  return (
    <section aria-labelledby="joining-heading" className="space-y-3 rounded border border-slate-300 p-5">
      <h2 id="joining-heading" className="text-2xl font-semibold">
        {t.title}
      </h2>
      <p>{context.status === 'CLOSED' ? messages.refused.networkClosed : t.policyLead[context.membershipPolicy]}</p>
      {/* An ended network takes no new members: nothing to sign in for. */}
      {context.status !== 'CLOSED' && (
        <>
          <p className="text-slate-700">{t.signInLead}</p>
          <Link
            href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t.signInToJoin}
          </Link>
        </>
      )}
    </section>
  );
}
