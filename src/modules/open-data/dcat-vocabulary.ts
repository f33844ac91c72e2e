// The IRIs the DCAT catalogue is written in: the namespaces of DCAT-AP 3.0.1 and the EU
// controlled vocabularies (publications.europa.eu/resource/authority) it asks for, with the
// labels harvesters show for them. DCAT-AP-SE (diggsweden/DCAT-AP-SE) fixes some of the
// exact forms: the licence without https, the publisher under dataportal.se.
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
} as const;

/** DCAT-AP-SE's only accepted form of CC0: http and a trailing slash (docs/harvesting.md). */
export const CC0_LICENCE_URI = 'http://creativecommons.org/publicdomain/zero/1.0/';

/** The publisher address the Swedish data portal merges catalogues on (docs/harvesting.md). */
export const dataportalOrganisationUri = (organisationNumber: string) => `http://dataportal.se/organisation/SE${organisationNumber}`;

export const PUBLISHER_TYPE_BASE = 'http://purl.org/adms/publishertype/';

const AUTHORITY = 'http://publications.europa.eu/resource/authority';

export const THEME_SCHEME = `${AUTHORITY}/data-theme`;
export const THEMES = {
  GOVE: { iri: `${THEME_SCHEME}/GOVE`, sv: 'Regeringen och den offentliga sektorn', en: 'Government and public sector' },
  ECON: { iri: `${THEME_SCHEME}/ECON`, sv: 'Ekonomi och finans', en: 'Economy and finance' },
} as const;

export const SWEDEN = { iri: `${AUTHORITY}/country/SWE`, sv: 'Sverige', en: 'Sweden' } as const;

export const LANGUAGES = {
  sv: { iri: `${AUTHORITY}/language/SWE`, sv: 'svenska', en: 'Swedish' },
  en: { iri: `${AUTHORITY}/language/ENG`, sv: 'engelska', en: 'English' },
} as const;

export const PUBLIC_ACCESS = { iri: `${AUTHORITY}/access-right/PUBLIC`, sv: 'Offentlig', en: 'Public' } as const;

/** A distribution's format: the EU file type (dct:format) and the IANA media type (dcat:mediaType). */
export type DistributionFormat = { fileType: string; label: string; mediaType: string };
const iana = (type: string) => `https://www.iana.org/assignments/media-types/${type}`;
export const FORMATS = {
  json: { fileType: `${AUTHORITY}/file-type/JSON`, label: 'JSON', mediaType: iana('application/json') },
  csv: { fileType: `${AUTHORITY}/file-type/CSV`, label: 'CSV', mediaType: iana('text/csv') },
  ics: { fileType: `${AUTHORITY}/file-type/ICS`, label: 'iCalendar', mediaType: iana('text/calendar') },
} as const satisfies Record<string, DistributionFormat>;

/** The standards a distribution follows (dct:conformsTo), typed dct:Standard. */
export const STANDARDS = {
  ocds: { iri: 'https://standard.open-contracting.org/1.1/', title: 'Open Contracting Data Standard 1.1' },
  icalendar: { iri: 'https://www.rfc-editor.org/rfc/rfc5545', title: 'RFC 5545: Internet Calendaring and Scheduling Core Object Specification (iCalendar)' },
  openapi: { iri: 'https://spec.openapis.org/oas/v3.1.0', title: 'OpenAPI Specification 3.1.0' },
} as const;
