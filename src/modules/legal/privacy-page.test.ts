// The privacy notice says how long things are kept from the periods the installation runs
// with, in Swedish and English, so it stays true when an operator changes them.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PrivacyPage } from './privacy-page';

const text = (locale: 'sv' | 'en') => renderToStaticMarkup(createElement(PrivacyPage, { locale })).replace(/<[^>]+>/g, ' ');

describe('the privacy notice on retention', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('states the default periods', () => {
    const sv = text('sv');
    expect(sv).toContain('Loggen sparas i 10 år och raderas sedan');
    expect(sv).toContain('Breven i utkorgen raderas 90 dagar efter att de skickades');
    expect(sv).toContain('raderas ett dygn efter att de senast användes');
    expect(sv).toContain('2 år efter att det slutade');
    expect(text('en')).toContain('The log is kept for 10 years and then deleted');
  });

  it('states the periods the operator configured', () => {
    vi.stubEnv('TRAPPAN_RETAIN_AUDIT_YEARS', 'never');
    vi.stubEnv('TRAPPAN_RETAIN_MAIL_DAYS', '1500');
    vi.stubEnv('TRAPPAN_RETAIN_THROTTLE_HOURS', '2');
    vi.stubEnv('TRAPPAN_RETAIN_ENDED_MEMBERSHIP_DAYS', '180');
    const sv = text('sv');
    expect(sv).toContain('Loggen raderas inte');
    expect(sv).toMatch(/Breven i utkorgen raderas 1\s500 dagar/);
    expect(sv).toContain('raderas 2 timmar efter');
    expect(sv).toContain('180 dagar efter att det slutade');
    const en = text('en');
    expect(en).toContain('The log is not deleted');
    expect(en).toContain('deleted 1,500 days after they were sent');
    expect(en).toContain('180 days after it ended');
  });
});
