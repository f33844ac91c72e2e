import { describe, expect, it } from 'vitest';

import {
  decodeOrganisationCursor,
  DEFAULT_LIMIT,
  encodeOrganisationCursor,
  invalidParametersMessage,
  NETWORK_LIST_PARAMETERS,
  PARAMETER_HINTS,
  parseNetworkCsvParams,
  parseNetworkListParams,
  parseOrganisationParams,
  unexpectedParameters,
} from './params';

const params = (text: string) => new URLSearchParams(text);

describe('unexpectedParameters', () => {
  it('names unknown parameters and parameters given twice, once each', () => {
    expect(unexpectedParameters(params('a=1&b=2'), ['a', 'b'])).toEqual([]);
    expect(unexpectedParameters(params('a=1&c=2&c=3'), ['a', 'b'])).toEqual(['c']);
    expect(unexpectedParameters(params('a=1&a=2&a=3'), ['a'])).toEqual(['a']);
  });
});

describe('parseNetworkListParams', () => {
  it('reads the registry filters, with a larger default page than the page', () => {
    const { value, invalid, unknown } = parseNetworkListParams(params('initiator=buyer&status=active&county=12&open=1'));
    expect(invalid).toEqual([]);
    expect(unknown).toEqual([]);
    expect(value).toMatchObject({ initiator: 'buyer', status: 'active', county: '12', open: true, sort: 'name', limit: DEFAULT_LIMIT });
  });

  it('names bad values, unknown parameters and repeats', () => {
    const { invalid, unknown } = parseNetworkListParams(params('limit=1000&status=bogus&foo=1&initiator=agency&initiator=buyer'));
    expect(invalid.sort()).toEqual(['limit', 'status']);
    expect(unknown.sort()).toEqual(['foo', 'initiator']);
  });
});

describe('parseNetworkCsvParams', () => {
  it('takes the filters and a delimiter, but no paging', () => {
    expect(parseNetworkCsvParams(params('status=active&delimiter=semicolon'))).toMatchObject({
      value: { query: { status: 'active' }, delimiter: 'semicolon' },
      invalid: [],
      unknown: [],
    });
    expect(parseNetworkCsvParams(params('')).value.delimiter).toBe('comma');
    expect(parseNetworkCsvParams(params('limit=5&cursor=x')).unknown).toEqual(['limit', 'cursor']);
    expect(parseNetworkCsvParams(params('delimiter=tab')).invalid).toEqual(['delimiter']);
  });
});

describe('organisations', () => {
  it('round-trips the cursor and rejects anything else', () => {
    expect(decodeOrganisationCursor(encodeOrganisationCursor('malmo-stad'))).toBe('malmo-stad');
    expect(decodeOrganisationCursor('malmo-stad')).toBeNull();
    expect(decodeOrganisationCursor(Buffer.from('["slug","Not A Slug"]').toString('base64url'))).toBeNull();
    expect(decodeOrganisationCursor(Buffer.from('["name","malmo-stad"]').toString('base64url'))).toBeNull();
    expect(decodeOrganisationCursor(Buffer.from('{').toString('base64url'))).toBeNull();
  });

  it('reads kind, cursor and limit', () => {
    const cursor = encodeOrganisationCursor('goteborgs-stad');
    expect(parseOrganisationParams(params(`kind=stateAgency&limit=5&cursor=${cursor}`))).toEqual({
      value: { kind: 'STATE_AGENCY', afterSlug: 'goteborgs-stad', limit: 5 },
      invalid: [],
      unknown: [],
    });
    expect(parseOrganisationParams(params('')).value).toEqual({ kind: undefined, afterSlug: undefined, limit: DEFAULT_LIMIT });
  });

  it('names bad parameters', () => {
    expect(parseOrganisationParams(params('kind=STATE_AGENCY&limit=101&cursor=zzz&q=x'))).toMatchObject({
      invalid: ['kind', 'limit', 'cursor'],
      unknown: ['q'],
    });
    expect(parseOrganisationParams(params('limit=0')).invalid).toEqual(['limit']);
  });
});

describe('invalidParametersMessage', () => {
  it('says what each bad parameter accepts', () => {
    const message = invalidParametersMessage(['limit'], ['foo', 'status'], NETWORK_LIST_PARAMETERS);
    expect(message).toContain('limit must be an integer from 1 to 100');
    expect(message).toContain('foo is not a parameter of this endpoint');
    expect(message).toContain('status is given more than once');
  });

  it('has a hint for every parameter', () => {
    for (const name of [...NETWORK_LIST_PARAMETERS, 'delimiter', 'kind']) expect(PARAMETER_HINTS[name], name).toBeTruthy();
  });
});
