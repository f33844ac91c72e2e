import { accountsEn } from '@/modules/accounts/messages.en';
import { accountsSv } from '@/modules/accounts/messages.sv';
import { adminEn } from '@/modules/admin/messages.en';
import { adminSv } from '@/modules/admin/messages.sv';
import { auditEn } from '@/modules/audit/messages.en';
import { auditSv } from '@/modules/audit/messages.sv';
import { dashboardsEn } from '@/modules/dashboards/messages.en';
import { demoEn } from '@/modules/demo/messages.en';
import { dialoguesEn } from '@/modules/dialogues/messages.en';
import { dialoguesSv } from '@/modules/dialogues/messages.sv';
import { demoSv } from '@/modules/demo/messages.sv';
import { dashboardsSv } from '@/modules/dashboards/messages.sv';
import { fundingEn } from '@/modules/funding/messages.en';
import { fundingSv } from '@/modules/funding/messages.sv';
import { governanceEn } from '@/modules/governance/messages.en';
import { governanceSv } from '@/modules/governance/messages.sv';
import { legalEn } from '@/modules/legal/messages.en';
import { legalSv } from '@/modules/legal/messages.sv';
import { meEn } from '@/modules/me/messages.en';
import { meSv } from '@/modules/me/messages.sv';
import { meetingsEn } from '@/modules/meetings/messages.en';
import { meetingsSv } from '@/modules/meetings/messages.sv';
import { needsEn } from '@/modules/needs/messages.en';
import { needsSv } from '@/modules/needs/messages.sv';
import { networksEn } from '@/modules/networks/messages.en';
import { networksSv } from '@/modules/networks/messages.sv';
import { openDataEn } from '@/modules/open-data/messages.en';
import { openDataSv } from '@/modules/open-data/messages.sv';
import { registryEn } from '@/modules/registry/messages.en';
import { registrySv } from '@/modules/registry/messages.sv';

import type { Locale } from './locales';
import { siteEn } from './messages/site.en';
import { siteSv } from './messages/site.sv';

// Each domain owns its texts (src/modules/<domain>/messages.sv.ts and messages.en.ts, the site
// frame and shared vocabulary in ./messages/site.*.ts) and they are composed here into one typed
// dictionary per locale. A new domain adds its two files and its line in each list below; its
// refusal codes (the reasons a server action was refused) join the one `refused` section.

const svParts = {
  site: siteSv,
  registry: registrySv,
  networks: networksSv,
  accounts: accountsSv,
  me: meSv,
  openData: openDataSv,
  dashboards: dashboardsSv,
  audit: auditSv,
  governance: governanceSv,
  funding: fundingSv,
  meetings: meetingsSv,
  admin: adminSv,
  needs: needsSv,
  demo: demoSv,
  legal: legalSv,
  dialogues: dialoguesSv,
};

const enParts: { [Part in keyof typeof svParts]: (typeof svParts)[Part] } = {
  site: siteEn,
  registry: registryEn,
  networks: networksEn,
  accounts: accountsEn,
  me: meEn,
  openData: openDataEn,
  dashboards: dashboardsEn,
  audit: auditEn,
  governance: governanceEn,
  funding: fundingEn,
  meetings: meetingsEn,
  admin: adminEn,
  needs: needsEn,
  demo: demoEn,
  legal: legalEn,
  dialogues: dialoguesEn,
};

/** The parts per locale, as they are composed below (the parity test walks them). */
export const messageParts = { sv: svParts, en: enParts };

const sv = {
  ...siteSv,
  ...registrySv,
  ...networksSv,
  ...accountsSv,
  ...meSv,
  ...openDataSv,
  ...dashboardsSv,
  ...auditSv,
  ...governanceSv,
  ...fundingSv,
  ...meetingsSv,
  ...adminSv,
  ...needsSv,
  ...demoSv,
  ...legalSv,
  ...dialoguesSv,
  /** Why an action was refused: shown to the person, and the same whatever the request looked like. */
  refused: { ...siteSv.refused, ...networksSv.refused, ...governanceSv.refused, ...meetingsSv.refused, ...needsSv.refused, ...dialoguesSv.refused, ...dashboardsSv.refused },
};

export type Messages = typeof sv;

const en: Messages = {
  ...siteEn,
  ...registryEn,
  ...networksEn,
  ...accountsEn,
  ...meEn,
  ...openDataEn,
  ...dashboardsEn,
  ...auditEn,
  ...governanceEn,
  ...fundingEn,
  ...meetingsEn,
  ...adminEn,
  ...needsEn,
  ...demoEn,
  ...legalEn,
  ...dialoguesEn,
  refused: { ...siteEn.refused, ...networksEn.refused, ...governanceEn.refused, ...meetingsEn.refused, ...needsEn.refused, ...dialoguesEn.refused, ...dashboardsEn.refused },
};

const byLocale: Record<Locale, Messages> = { sv, en };

export function getMessages(locale: Locale): Messages {
  return byLocale[locale];
}
