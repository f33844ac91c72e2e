// Everything the national overview shows, read once for the page and for its CSV downloads:
// the figures for everyone (cached for a minute), the agency-only panels for agency staff and
// administrators, and the tables built from them in the reader's language. Every read is one
// statement whatever the number of networks (docs/decisions/0024 counts them).
import 'server-only';

import type { SuccessFactor } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';

import { getCachedOverviewFigures, getFactorProfiles, getOverviewFigures, type OverviewFigures } from './overview-figures-queries';
import { getCachedNationalOverview, getInactiveNetworks, getNationalOverview, type InactiveNetworks, type NationalOverview } from './overview-queries';
import { breakdownTables, factorMeans, fundingEndingTable, funnelTable, profilesTable, quietTable, resultsTable, stepsTable, trendsTable, withoutFundingTable } from './overview-table-models';
import type { OverviewTable, OverviewTableId } from './overview-tables';
import type { OverviewViewer } from './rules';

type AgencyTableId = 'profiles' | 'quiet';

export type OverviewData = {
  overview: NationalOverview;
  figures: OverviewFigures;
  inactive: InactiveNetworks | null;
  /** Each success factor's mean over the networks' latest assessments, for the profiles chart; null where the profiles table is. */
  profileMeans: Record<SuccessFactor, number | null> | null;
  /** Each table; the agency-only ones are null for a viewer who may not see them. */
  tables: Record<Exclude<OverviewTableId, AgencyTableId>, OverviewTable> & Record<AgencyTableId, OverviewTable | null>;
};

/** `now` is for tests and reads without the cache; the page and the downloads use the cached public figures. */
export async function getOverviewData(viewer: OverviewViewer, locale: Locale, options: { now?: Date } = {}): Promise<OverviewData> {
  const fresh = options.now !== undefined;
  const [overview, figures, inactive, profiles] = await Promise.all([
    fresh ? getNationalOverview({ now: options.now }) : getCachedNationalOverview(),
    fresh ? getOverviewFigures({ now: options.now }) : getCachedOverviewFigures(),
    getInactiveNetworks(viewer, { now: options.now }),
    getFactorProfiles(viewer),
  ]);
  const messages = getMessages(locale);
  return {
    overview,
    figures,
    inactive,
    profileMeans: profiles && profiles.length > 0 ? factorMeans(profiles) : null,
    tables: {
      ...breakdownTables(overview, locale, messages),
      profiles: profiles && profilesTable(profiles, locale, messages),
      funnel: funnelTable(figures, locale, messages),
      steps: stepsTable(figures, locale, messages),
      'without-funding': withoutFundingTable(figures, locale, messages),
      quiet: inactive && quietTable(inactive.rows, locale, messages),
      results: resultsTable(figures, messages),
      trends: trendsTable(figures, messages),
      'funding-ending': fundingEndingTable(overview.fundingEnding.rows, locale, messages),
    },
  };
}
