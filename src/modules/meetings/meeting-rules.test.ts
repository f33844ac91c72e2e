import { describe, expect, it } from 'vitest';

import { getMessages } from '@/i18n/messages';

import { isScheduleChange, meetingFormSchema, placesLeft, registrationBlock, yearPlan } from './meeting-rules';

const sv = getMessages('sv');
const en = getMessages('en');

const valid = {
  title: 'Nätverksmöte',
  startsAt: '2026-12-10T13:00',
  endsAt: '2026-12-10T16:00',
  format: 'HYBRID',
  place: 'Malmö',
  onlineUrl: 'https://meet.example.se/x',
  registrationDeadline: '2026-12-03T12:00',
  capacity: '20',
  isPublic: 'on',
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe('the planning form', () => {
  const schema = meetingFormSchema(sv, {});

  it('gives UTC instants and drops what does not apply to the format', () => {
    const result = schema.parse(valid);
    expect(result.startsAt.toISOString()).toBe('2026-12-10T12:00:00.000Z');
    expect(result).toMatchObject({ place: 'Malmö', capacity: 20, isPublic: true });
    const digital = schema.parse({ ...valid, format: 'DIGITAL' });
    expect(digital).toMatchObject({ place: null, capacity: null, registrationDeadline: null, onlineUrl: 'https://meet.example.se/x' });
    expect(schema.parse({ ...valid, format: 'PHYSICAL', isPublic: undefined })).toMatchObject({ onlineUrl: null, isPublic: false });
  });

  it('shows every error at once, in the person’s language', () => {
    const result = schema.safeParse({ title: ' ', startsAt: '2026-12-10T16:00', endsAt: '2026-12-10T13:00', format: 'HYBRID', onlineUrl: 'ftp://x', capacity: '0' });
    expect(errorsOf(result)).toEqual({
      title: 'Fyll i rubrik.',
      endsAt: sv.meetings.validation.endBeforeStart,
      place: sv.meetings.validation.placeRequired,
      onlineUrl: sv.input.webAddress,
      capacity: sv.meetings.validation.capacityInvalid,
    });
    expect(errorsOf(meetingFormSchema(en, {}).safeParse({ ...valid, startsAt: '2026-03-29T02:30' }))).toEqual({ startsAt: en.meetings.validation.invalidTime });
    expect(errorsOf(schema.safeParse({ ...valid, registrationDeadline: '2026-12-11T12:00' }))).toEqual({ registrationDeadline: sv.meetings.validation.deadlineAfterStart });
  });

  it('refuses a title over its limit with its length, and an empty one as required', () => {
    expect(errorsOf(schema.safeParse({ ...valid, title: 'x'.repeat(201) }))).toEqual({ title: sv.input.tooLong(200, 201) });
    expect(errorsOf(meetingFormSchema(en, {}).safeParse({ ...valid, title: '' }))).toEqual({ title: 'Fill in title.' });
  });

  it('reads a link typed without https:// as https', () => {
    expect(schema.parse({ ...valid, onlineUrl: 'meet.example.se/x' }).onlineUrl).toBe('https://meet.example.se/x');
  });

  it('refuses a start that has passed when planning, in Swedish time, in both languages', () => {
    const now = new Date('2026-12-07T09:00:00Z');
    const planning = (messages: typeof sv) => meetingFormSchema(messages, {}, { startsAfter: now });
    expect(errorsOf(planning(sv).safeParse({ ...valid, startsAt: '2025-12-10T13:00', endsAt: '2025-12-10T16:00', registrationDeadline: '' }))).toEqual({
      startsAt: sv.input.inPast,
    });
    // 10:00 in Stockholm is 09:00 UTC: not after now.
    expect(errorsOf(planning(en).safeParse({ ...valid, startsAt: '2026-12-07T10:00', endsAt: '2026-12-07T12:00', registrationDeadline: '' }))).toEqual({
      startsAt: en.input.inPast,
    });
    expect(planning(sv).safeParse({ ...valid, startsAt: '2026-12-07T10:01', endsAt: '2026-12-07T12:00', registrationDeadline: '' }).success).toBe(true);
  });
});

describe('meeting rules', () => {
  const facts = { startsAt: new Date('2026-12-10T12:00Z'), endsAt: new Date('2026-12-10T15:00Z'), place: 'Malmö', onlineUrl: null, format: 'PHYSICAL' as const, status: 'PLANNED' as const };

  it('calls a move, a new place or a cancellation a schedule change', () => {
    expect(isScheduleChange(facts, { ...facts })).toBe(false);
    expect(isScheduleChange(facts, { ...facts, startsAt: new Date('2026-12-10T13:00Z') })).toBe(true);
    expect(isScheduleChange(facts, { ...facts, place: 'Lund' })).toBe(true);
    expect(isScheduleChange(facts, { ...facts, status: 'CANCELLED' })).toBe(true);
  });

  it('closes registration when cancelled, past, after the deadline or full', () => {
    const now = new Date('2026-12-01T10:00Z');
    const meeting = { status: 'PLANNED' as const, startsAt: facts.startsAt, registrationDeadline: new Date('2026-12-03T11:00Z'), capacity: 2, format: 'PHYSICAL' as const };
    expect(registrationBlock(meeting, 'YES', 1, now)).toBeNull();
    expect(registrationBlock(meeting, 'YES', 2, now)).toBe('meetingFull');
    expect(registrationBlock(meeting, 'MAYBE', 2, now)).toBeNull();
    expect(registrationBlock({ ...meeting, format: 'DIGITAL' }, 'YES', 2, now)).toBeNull();
    expect(registrationBlock(meeting, 'NO', 0, new Date('2026-12-04T10:00Z'))).toBe('registrationClosed');
    expect(registrationBlock(meeting, 'NO', 0, new Date('2026-12-10T12:00Z'))).toBe('meetingPast');
    expect(registrationBlock({ ...meeting, status: 'CANCELLED' }, 'NO', 0, now)).toBe('meetingCancelled');
    expect(placesLeft(meeting, 1)).toBe(1);
    expect(placesLeft({ capacity: null, format: 'PHYSICAL' }, 5)).toBeNull();
  });

  it('counts physical and hybrid meetings that are not cancelled', () => {
    const plan = yearPlan(2026, [
      { format: 'PHYSICAL', status: 'PLANNED' },
      { format: 'HYBRID', status: 'PLANNED' },
      { format: 'DIGITAL', status: 'PLANNED' },
      { format: 'PHYSICAL', status: 'CANCELLED' },
    ], 4);
    expect(plan).toEqual({ year: 2026, held: 2, planned: 4 });
    expect(sv.meetings.yearPlan(3, 4)).toBe('3 av 4 planerade fysiska möten hållna eller inplanerade');
  });
});
