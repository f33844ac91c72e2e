import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { assessmentSchema, checklistItemSchema, MAX_EVIDENCE_LINKS, parseEvidenceLinks } from './ladder-forms';

const t = getMessages('sv');
const answers = { needId: 'need-1', offersSolutions: 'PARTLY', prioritisedArea: 'YES', understandsNeed: 'YES' };

describe('parseEvidenceLinks', () => {
  it('takes one web address per line, ignoring blank lines and repeats', () => {
    expect(parseEvidenceLinks(' https://a.se/x \n\nhttp://b.se\r\nhttps://a.se/x\n')).toEqual(['https://a.se/x', 'http://b.se']);
  });

  it('refuses anything that is not an http(s) address', () => {
    expect(parseEvidenceLinks('https://a.se\nftp://b.se')).toBeNull();
    expect(parseEvidenceLinks('javascript:alert(1)')).toBeNull();
    expect(parseEvidenceLinks('inte en länk')).toBeNull();
  });

  it('allows at most the maximum number of links', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.se/${i}`).join('\n');
    expect(parseEvidenceLinks(links(MAX_EVIDENCE_LINKS))).toHaveLength(MAX_EVIDENCE_LINKS);
    expect(parseEvidenceLinks(links(MAX_EVIDENCE_LINKS + 1))).toBeNull();
  });
});

describe('assessmentSchema', () => {
  it('computes the suggested step from the answers and ignores one sent by the form', () => {
    const result = assessmentSchema(t).parse({ ...answers, suggestedStep: 'IMPLEMENT' });
    expect(result.suggestedStep).toBe('INTRODUCE');
    expect(result.chosenStep).toBe('INTRODUCE');
    expect(result.overrideReason).toBeNull();
  });

  it('requires a reason for a step other than the suggestion, as a field error', () => {
    const result = assessmentSchema(t).safeParse({ ...answers, chosenStep: 'INITIATE' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['overrideReason']);
  });

  it('keeps the reason only when the step departs from the suggestion', () => {
    const overridden = assessmentSchema(t).parse({ ...answers, chosenStep: 'INITIATE', overrideReason: ' Dialogen visade att inget finns. ' });
    expect(overridden).toMatchObject({ chosenStep: 'INITIATE', suggestedStep: 'INTRODUCE', overrideReason: 'Dialogen visade att inget finns.' });
    const same = assessmentSchema(t).parse({ ...answers, chosenStep: 'INTRODUCE', overrideReason: 'Överflödigt' });
    expect(same.overrideReason).toBeNull();
  });

  it('requires all three answers and a known step', () => {
    const result = assessmentSchema(t).safeParse({ needId: 'need-1', offersSolutions: 'MAYBE', chosenStep: 'SOMEWHERE' });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
    expect(fields).toEqual(new Set(['offersSolutions', 'prioritisedArea', 'understandsNeed', 'chosenStep']));
  });

  it('reports links that are not web addresses on the links field', () => {
    const result = assessmentSchema(t).safeParse({ ...answers, evidenceLinks: 'https://ok.se\nnot a link' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['evidenceLinks']);
  });
});

describe('checklistItemSchema', () => {
  it('reads the checkbox, the notes and an optional evidence address', () => {
    expect(checklistItemSchema(t).parse({ needId: 'n', itemKey: 'method.testbed', covered: 'on', notes: ' Klart ', evidenceUrl: '' })).toEqual({
      needId: 'n',
      itemKey: 'method.testbed',
      covered: true,
      notes: 'Klart',
      evidenceUrl: null,
    });
    expect(checklistItemSchema(t).parse({ needId: 'n', itemKey: 'method.testbed' }).covered).toBe(false);
  });

  it('refuses an evidence link that is not a web address', () => {
    const result = checklistItemSchema(t).safeParse({ needId: 'n', itemKey: 'method.testbed', evidenceUrl: 'file:///etc/passwd' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['evidenceUrl']);
  });
});
