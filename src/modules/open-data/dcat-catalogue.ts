// The DCAT-AP-SE catalogue as an RDF graph (docs/decisions/0025-dcat-catalogue.md): the
// catalogue, one dataset per kind of open data with its distributions, the API as a data
// service, and the operator of the installation as publisher and contact. Pure: the origin,
// the operator and the dates of the latest changes in, a dataset of quads out. Every node the
// portal keeps (catalogue, dataset, distribution, publisher, contact) has an absolute IRI; the
// catalogue has no blank nodes at all.
import { DataFactory, Store, type Literal, type NamedNode } from 'n3';

import type { Operator } from '@/server/operator';

import { API_PATH, CATALOGUE_DATASETS, CATALOGUE_PATH, datasetPagePath, OPENAPI_PATH, type DatasetId } from './dcat-datasets';
import {
  CC0_LICENCE_URI,
  dataportalOrganisationUri,
  FORMATS,
  LANGUAGES,
  NS,
  PUBLIC_ACCESS,
  PUBLISHER_TYPE_BASE,
  STANDARDS,
  SWEDEN,
  THEME_SCHEME,
  THEMES,
} from './dcat-vocabulary';
import { openDataEn } from './messages.en';
import { openDataSv } from './messages.sv';

const { namedNode, literal, quad } = DataFactory;

export type CatalogueInput = {
  /** The public origin every IRI starts with, without a trailing slash. */
  origin: string;
  operator: Pick<Operator, 'name' | 'url' | 'organisationNumber' | 'publisherType' | 'openDataEmail'>;
  /** The latest change of each dataset's rows; null for a dataset without rows. */
  modified: Record<DatasetId, Date | null>;
};

const term = (ns: keyof typeof NS, local: string) => namedNode(`${NS[ns]}${local}`);
const a = term('rdf', 'type');
const dct = (local: string) => term('dct', local);
const dcat = (local: string) => term('dcat', local);
const foaf = (local: string) => term('foaf', local);
const vcard = (local: string) => term('vcard', local);
const skos = (local: string) => term('skos', local);

/** Both languages of a text: Swedish first, as DCAT-AP-SE's forms ask. */
const texts = (sv: string, en: string): Literal[] => [literal(sv, 'sv'), literal(en, 'en')];
const dateTime = (date: Date) => literal(date.toISOString(), term('xsd', 'dateTime'));

function latest(dates: Array<Date | null>): Date | null {
  return dates.reduce<Date | null>((max, date) => (date && (!max || date > max) ? date : max), null);
}

export function buildCatalogue({ origin, operator, modified }: CatalogueInput): Store {
  const store = new Store();
  const add = (subject: NamedNode, predicate: NamedNode, ...objects: Array<NamedNode | Literal>) => {
    for (const object of objects) store.addQuad(quad(subject, predicate, object));
  };
  const sv = openDataSv.openData.catalogue;
  const en = openDataEn.openData.catalogue;
  const iri = (path: string) => namedNode(`${origin}${path}`);
  const local = (fragment: string) => iri(`${CATALOGUE_PATH}#${fragment}`);

  // Terms of controlled vocabularies, typed and labelled so that the DCAT-AP range shapes
  // (and a reader without the EU vocabularies at hand) know what they are.
  const concept = (value: { iri: string; sv: string; en: string }, type: NamedNode) => {
    const node = namedNode(value.iri);
    add(node, a, type);
    add(node, skos('prefLabel'), ...texts(value.sv, value.en));
    return node;
  };
  const document = (path: string) => {
    const node = iri(path);
    add(node, a, foaf('Document'));
    return node;
  };
  const standard = (id: keyof typeof STANDARDS) => {
    const node = namedNode(STANDARDS[id].iri);
    add(node, a, dct('Standard'));
    add(node, dct('title'), literal(STANDARDS[id].title, 'en'));
    return node;
  };
  const format = (id: keyof typeof FORMATS) => {
    const fileType = namedNode(FORMATS[id].fileType);
    add(fileType, a, dct('MediaTypeOrExtent'));
    add(fileType, skos('prefLabel'), literal(FORMATS[id].label, 'en'));
    const mediaType = namedNode(FORMATS[id].mediaType);
    add(mediaType, a, dct('MediaType'));
    return { fileType, mediaType };
  };

  const catalogue = iri(CATALOGUE_PATH);
  const licence = namedNode(CC0_LICENCE_URI);
  add(licence, a, dct('LicenseDocument'));
  const spatial = concept(SWEDEN, dct('Location'));
  const languages = [concept(LANGUAGES.sv, dct('LinguisticSystem')), concept(LANGUAGES.en, dct('LinguisticSystem'))];
  const access = concept(PUBLIC_ACCESS, dct('RightsStatement'));

  // The publisher: the address the Swedish data portal merges the organisation's catalogues
  // on when the operator has an organisation number, otherwise one of our own.
  const publisher = operator.organisationNumber ? namedNode(dataportalOrganisationUri(operator.organisationNumber)) : local('publisher');
  const operatorName = operator.name ?? new URL(origin).host;
  add(publisher, a, foaf('Agent'), foaf('Organization'));
  add(publisher, foaf('name'), literal(operatorName, 'sv'));
  if (operator.organisationNumber) add(publisher, dct('identifier'), literal(operator.organisationNumber));
  if (operator.publisherType) {
    const type = namedNode(`${PUBLISHER_TYPE_BASE}${operator.publisherType}`);
    add(type, a, skos('Concept'));
    // ADMS' labels are the codes with spaces: LocalAuthority → "Local Authority".
    add(type, skos('prefLabel'), literal(operator.publisherType.replace(/([a-z])([A-Z])/g, '$1 $2'), 'en'));
    add(publisher, dct('type'), type);
  }
  if (operator.url) {
    const homepage = namedNode(operator.url);
    add(homepage, a, foaf('Document'));
    add(publisher, foaf('homepage'), homepage);
  }

  // The contact is kept apart from the publisher, as the portal requires (a different IRI).
  const contact = local('contact-point');
  add(contact, a, vcard('Organization'), vcard('Kind'));
  add(contact, vcard('fn'), literal(operatorName, 'sv'));
  if (operator.openDataEmail) add(contact, vcard('hasEmail'), namedNode(`mailto:${encodeURI(operator.openDataEmail)}`));
  add(contact, vcard('hasURL'), iri('/sv/contact'));

  const themeScheme = namedNode(THEME_SCHEME);
  add(themeScheme, a, skos('ConceptScheme'));
  add(themeScheme, dct('title'), literal('Data theme', 'en'));

  const service = local('api');
  // DCAT-AP 3.0.1's range shapes ask for rdfs:Resource here, and SHACL infers no types.
  const endpoint = iri(API_PATH);
  const openapi = iri(OPENAPI_PATH);
  add(endpoint, a, term('rdfs', 'Resource'));
  add(openapi, a, term('rdfs', 'Resource'), foaf('Document'));
  add(service, a, dcat('DataService'));
  add(service, dct('title'), ...texts(sv.service.title, en.service.title));
  add(service, dct('description'), ...texts(sv.service.description, en.service.description));
  add(service, dcat('endpointURL'), endpoint);
  add(service, dcat('endpointDescription'), openapi);
  add(service, dct('conformsTo'), standard('openapi'));
  add(service, dct('format'), format('json').fileType);
  add(service, dct('publisher'), publisher);
  add(service, dcat('contactPoint'), contact);
  add(service, dct('license'), licence);
  add(service, dct('accessRights'), access);
  add(service, dcat('landingPage'), document('/sv/open-data#api'));


  add(catalogue, a, dcat('Catalog'));
  add(catalogue, dct('title'), ...texts(sv.title, en.title));
  add(catalogue, dct('description'), ...texts(sv.description, en.description));
  add(catalogue, dct('publisher'), publisher);
  add(catalogue, dct('license'), licence);
  add(catalogue, dct('language'), ...languages);
  add(catalogue, dct('spatial'), spatial);
  add(catalogue, foaf('homepage'), document('/sv'));
  add(catalogue, dcat('themeTaxonomy'), themeScheme);
  add(catalogue, dcat('service'), service);
  const catalogueModified = latest(Object.values(modified));
  if (catalogueModified) add(catalogue, dct('modified'), dateTime(catalogueModified));

  for (const dataset of CATALOGUE_DATASETS) {
    const node = local(`dataset-${dataset.id}`);
    const textSv = sv.datasets[dataset.id];
    const textEn = en.datasets[dataset.id];
    add(catalogue, dcat('dataset'), node);
    add(node, a, dcat('Dataset'));
    add(node, dct('title'), ...texts(textSv.title, textEn.title));
    add(node, dct('description'), ...texts(textSv.description, textEn.description));
    add(node, dcat('keyword'), ...textSv.keywords.map((word) => literal(word, 'sv')), ...textEn.keywords.map((word) => literal(word, 'en')));
    add(node, dcat('theme'), ...dataset.themes.map((id) => concept(THEMES[id], skos('Concept'))));
    add(node, dct('publisher'), publisher);
    add(node, dcat('contactPoint'), contact);
    add(node, dct('spatial'), spatial);
    add(node, dct('language'), ...languages);
    add(node, dct('accessRights'), access);
    add(node, dcat('landingPage'), document(datasetPagePath('sv', dataset.id)), document(datasetPagePath('en', dataset.id)));
    const changed = modified[dataset.id];
    if (changed) add(node, dct('modified'), dateTime(changed));

    for (const distribution of dataset.distributions) {
      const part = local(`dataset-${dataset.id}-${distribution.id}`);
      const { fileType, mediaType } = format(distribution.format);
      add(node, dcat('distribution'), part);
      add(part, a, dcat('Distribution'));
      add(part, dct('title'), ...texts(sv.distributions[distribution.id], en.distributions[distribution.id]));
      add(part, dcat('accessURL'), iri(distribution.accessPath));
      if (distribution.downloadPath) add(part, dcat('downloadURL'), iri(distribution.downloadPath));
      add(part, dct('format'), fileType);
      add(part, dcat('mediaType'), mediaType);
      add(part, dct('license'), licence);
      if (distribution.conformsTo) add(part, dct('conformsTo'), standard(distribution.conformsTo));
      if (distribution.viaApi) {
        add(part, dcat('accessService'), service);
        add(service, dcat('servesDataset'), node);
      }
    }
  }
  return store;
}
