// On /me, for a confirmed person whose organisation has people waiting: who they are and a
// button to confirm each (the admin domain's confirmColleague, which rechecks that the
// person is of the viewer's organisation). Nobody else sees the section. For a confirmed
// person with nobody waiting the (empty) list is still placed, so the confirmation of the
// last one stays on the page after it refreshes.
import type { Locale } from '@/i18n/locales';
import { pickMessages } from '@/i18n/pick-messages';
import { formatStockholmDay } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { confirmColleague } from '@/modules/admin';
import type { CurrentUser } from '@/server/auth/current-user';
import { formatNumber } from '@/ui/format';

import { listPendingColleagues } from './colleague-queries';
import { PendingColleagues } from './components/pending-colleagues';

export async function PendingColleaguesSection({ locale, user }: { locale: Locale; user: CurrentUser }) {
  const pending = await listPendingColleagues(user);
  if (!pending) return null;
  const messages = pickMessages(locale, 'pendingColleagues');
  const t = messages.pendingColleagues;
  const people = pending.people.map((person) => ({
    id: person.id,
    name: person.name,
    title: person.title,
    email: person.email,
    signedUpAt: person.signedUpAt.toISOString(),
    signedUpDay: formatStockholmDay(person.signedUpAt, locale),
  }));

  return (
    <PendingColleagues
      locale={locale}
      messages={messages}
      lead={fill(t.lead, { organization: user.organization!.name })}
      more={pending.total > people.length ? fill(t.more, { shown: formatNumber(people.length, locale), total: formatNumber(pending.total, locale) }) : null}
      people={people}
      confirm={confirmColleague}
    />
  );
}
