// The open-data download of networks as CSV (the format's rules are in src/server/csv.ts).
import { type CsvCell, toCsv } from '@/server/csv';

import { funderFilterValue, type ApiNetwork } from './serialize';

/** The CSV columns: the JSON fields of a network, flattened. Lists are joined with "; ". */
export const NETWORK_CSV_COLUMNS = [
  'slug',
  'name',
  'initiator',
  'status',
  'startYear',
  'areaSlug',
  'areaNameSv',
  'areaNameEn',
  'arrangerSlug',
  'arrangerName',
  'funderSlugs',
  'funderNames',
  'memberOrganisationCount',
  'memberCount',
  'url',
] as const;

export function networksCsv(networks: readonly ApiNetwork[], delimiter = ','): string {
  const rows = networks.map((n): CsvCell[] => [
    n.slug,
    n.name,
    n.initiator,
    n.status,
    n.startYear,
    n.area.slug,
    n.area.name.sv,
    n.area.name.en,
    n.arranger?.slug ?? null,
    n.arranger?.name ?? null,
    n.funders.flatMap((f) => funderFilterValue(f) ?? []).join('; '),
    n.funders.flatMap((f) => (f.name ? [f.name] : [])).join('; '),
    n.memberOrganisationCount,
    n.memberCount,
    n.url,
  ]);
  return toCsv(NETWORK_CSV_COLUMNS, rows, delimiter);
}
