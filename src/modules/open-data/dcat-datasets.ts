// What the DCAT catalogue lists: one dataset per kind of open data, each with the ways to get
// it. The catalogue (dcat-catalogue.ts) and the open-data page both read this list, so the
// page never names a dataset the catalogue leaves out, or the other way round.
import { FORMATS, STANDARDS, THEMES } from './dcat-vocabulary';

export const CATALOGUE_PATH = '/datasets/dcat';
export const OPENAPI_PATH = '/api/v1/openapi.json';
export const API_PATH = '/api/v1';

export type DatasetId = 'networks' | 'organisations' | 'needs' | 'meetings';
export type DistributionId = 'json' | 'csv' | 'ocds' | 'ics';

export type CatalogueDistribution = {
  id: DistributionId;
  format: keyof typeof FORMATS;
  /** Where the data is, from the origin; the open-data page when there is one address per network. */
  accessPath: string;
  /** A file that is the whole dataset, when there is one. */
  downloadPath?: string;
  conformsTo?: keyof typeof STANDARDS;
  /** Served by the versioned API (the catalogue's data service). */
  viaApi: boolean;
  /** The section of the open-data page that explains the addresses, when accessPath points there. */
  pageSection?: 'feeds';
};

export type CatalogueDataset = { id: DatasetId; themes: Array<keyof typeof THEMES>; distributions: CatalogueDistribution[] };

export const CATALOGUE_DATASETS: readonly CatalogueDataset[] = [
  {
    id: 'networks',
    themes: ['GOVE'],
    distributions: [
      { id: 'json', format: 'json', accessPath: `${API_PATH}/networks`, viaApi: true },
      { id: 'csv', format: 'csv', accessPath: `${API_PATH}/networks.csv`, downloadPath: `${API_PATH}/networks.csv`, viaApi: true },
    ],
  },
  {
    id: 'organisations',
    themes: ['GOVE'],
    distributions: [{ id: 'json', format: 'json', accessPath: `${API_PATH}/organisations`, viaApi: true }],
  },
  {
    id: 'needs',
    themes: ['GOVE', 'ECON'],
    distributions: [{ id: 'ocds', format: 'json', accessPath: `${API_PATH}/needs`, conformsTo: 'ocds', viaApi: true }],
  },
  {
    id: 'meetings',
    themes: ['GOVE'],
    // One feed per network: the page says how the address is formed (a catalogue of 10,000
    // networks would otherwise list 10,000 files).
    distributions: [{ id: 'ics', format: 'ics', accessPath: '/sv/open-data#feeds', pageSection: 'feeds', conformsTo: 'icalendar', viaApi: false }],
  },
];

/** The public page a dataset is described on (dcat:landingPage), in Swedish or English. */
export const datasetPagePath = (locale: 'sv' | 'en', id: DatasetId) => `/${locale}/open-data#dataset-${id}`;
