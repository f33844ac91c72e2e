// The secretariat's groups page: a form to create a group (each kind says who may sit in it),
// and each group with its people and the forms to add and remove them.
import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';

import { formatCharterDate } from './charter-content';
import { CreateGroupForm } from './components/create-group-form';
import { GroupPanel, type GroupPanelData } from './components/group-panel';
import { getManagedGroups } from './group-queries';
import { requireNetworkManager } from './manage-access';
import { managePath } from './manage-path';

export async function GroupsPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'groups'));
  const messages = getMessages(locale);
  const t = messages.groups;
  const groups = await getManagedGroups(network.id);
  const clientMessages = pickMessages(locale, 'groups', 'governance', 'input');

  const panels: GroupPanelData[] = groups.map((group) => ({
    id: group.id,
    name: group.name,
    lang: contentLang(network.contentLocale, locale),
    kind: group.kind,
    description: group.description,
    members: group.members.map((member) => ({
      groupMembershipId: member.groupMembershipId,
      name: member.name,
      organization: member.organization ?? t.noOrganization,
      role: member.role ? messages.enums.role[member.role] : t.notInNetwork,
      added: formatCharterDate(member.addedAt, locale),
    })),
    candidates: group.candidates.map((candidate) => ({
      userId: candidate.userId,
      label: `${candidate.name}, ${candidate.organization ?? t.noOrganization} (${messages.enums.role[candidate.role!]})`,
    })),
  }));

  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-2 text-slate-700">
        <p>{t.lead}</p>
        <p>{t.steeringNote}</p>
      </div>

      <section aria-labelledby="group-create" className="max-w-3xl space-y-4">
        <h2 id="group-create" className="text-2xl font-semibold">
          {t.createHeading}
        </h2>
        <CreateGroupForm locale={locale} messages={clientMessages} networkId={network.id} />
      </section>

      <section aria-labelledby="group-list" className="space-y-6">
        <h2 id="group-list" className="text-2xl font-semibold">
          {t.listHeading}
        </h2>
        {panels.length === 0 ? <p>{t.noGroups}</p> : panels.map((group) => <GroupPanel key={group.id} locale={locale} messages={clientMessages} group={group} />)}
      </section>
    </div>
  );
}
