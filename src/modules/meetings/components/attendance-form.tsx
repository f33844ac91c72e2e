'use client';

// The coordinator's attendance sheet: one row per active member (and anyone recorded who has
// left since), a checkbox for "was there" and the times they came and went. One form, one
// save; every control has its own label naming the person, so it works by keyboard and with
// a screen reader.
import { useActionState, useState } from 'react';

import type { MembershipRole } from '@/generated/prisma/enums';
import type { ClientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { buttonClass, compactInputClass } from '@/ui/form-classes';
import { describedBy, FieldError, FormFeedback } from '@/ui/form-feedback';
import { IDLE } from '@/ui/form-state';

import { recordAttendance } from '../actions/meeting-actions';

export type AttendanceFormRow = {
  userId: string;
  name: string;
  organization: string | null;
  role: MembershipRole;
  hasVote: boolean;
  activeMember: boolean;
  present: boolean;
  /** "HH:mm" in Swedish time. */
  arrived: string;
  left: string;
};

export function AttendanceForm({
  locale,
  messages,
  meetingId,
  rows,
  headingId,
}: {
  locale: Locale;
  messages: ClientMessages<'meetings' | 'enums'>;
  meetingId: string;
  rows: AttendanceFormRow[];
  headingId: string;
}) {
  const t = messages.meetings.attendance;
  const [state, action, pending] = useActionState(recordAttendance, IDLE);
  const errors = state.status === 'error' ? (state.fieldErrors ?? {}) : {};
  const typed = state.status === 'error' ? state.values : undefined;
  // Controlled, so the ticks survive the form reset after an answer (an error keeps them).
  const [present, setPresent] = useState(() => new Set(rows.filter((r) => r.present).map((r) => r.userId)));
  const toggle = (userId: string, on: boolean) =>
    setPresent((current) => {
      const next = new Set(current);
      if (on) next.add(userId);
      else next.delete(userId);
      return next;
    });
  const fieldIds = Object.fromEntries(rows.flatMap((r) => [[`arrivedAt-${r.userId}`, `arrived-${r.userId}`], [`leftAt-${r.userId}`, `left-${r.userId}`]]));
  const fieldLabels = Object.fromEntries(
    rows.flatMap((r) => [
      [`arrivedAt-${r.userId}`, fill(t.arrivedLabel, { name: r.name })],
      [`leftAt-${r.userId}`, fill(t.leftLabel, { name: r.name })],
    ]),
  );

  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} heading={t.errorSummary} fieldIds={fieldIds} fieldLabels={fieldLabels} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <DataTable
        caption={t.caption}
        labelledBy={headingId}
        minWidth="min-w-[40rem]"
        columns={[
          { label: t.columns.present },
          { label: t.columns.name },
          { label: t.columns.role },
          { label: t.columns.vote },
          { label: t.columns.arrived },
          { label: t.columns.left },
        ]}
      >
        {rows.map((row) => {
          const arrivedKey = `arrivedAt-${row.userId}`;
          const leftKey = `leftAt-${row.userId}`;
          return (
            <tr key={`${row.userId}-${state.status}`} className={rowClass}>
              <td className={cellClass}>
                <input
                  id={`present-${row.userId}`}
                  type="checkbox"
                  name="present"
                  value={row.userId}
                  checked={present.has(row.userId)}
                  onChange={(event) => toggle(row.userId, event.target.checked)}
                  aria-label={fill(t.presentLabel, { name: row.name })}
                  className="h-5 w-5"
                />
              </td>
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                <span className="font-semibold">{row.name}</span>
                {row.organization && <span className="block text-sm text-slate-700">{row.organization}</span>}
                {!row.activeMember && <span className="block text-sm text-slate-700">({t.formerMember})</span>}
              </th>
              <td className={cellClass}>{messages.enums.role[row.role]}</td>
              <td className={cellClass}>{row.hasVote ? t.yes : t.no}</td>
              <td className={cellClass}>
                <input
                  id={`arrived-${row.userId}`}
                  type="time"
                  name={arrivedKey}
                  defaultValue={typed?.[arrivedKey] ?? row.arrived}
                  aria-label={fill(t.arrivedLabel, { name: row.name })}
                  {...describedBy(`arrived-${row.userId}`, { error: errors[arrivedKey] })}
                  className={compactInputClass(Boolean(errors[arrivedKey]))}
                />
                <FieldError id={`arrived-${row.userId}-error`} message={errors[arrivedKey]} />
              </td>
              <td className={lastCellClass}>
                <input
                  id={`left-${row.userId}`}
                  type="time"
                  name={leftKey}
                  defaultValue={typed?.[leftKey] ?? row.left}
                  aria-label={fill(t.leftLabel, { name: row.name })}
                  {...describedBy(`left-${row.userId}`, { error: errors[leftKey] })}
                  className={compactInputClass(Boolean(errors[leftKey]))}
                />
                <FieldError id={`left-${row.userId}-error`} message={errors[leftKey]} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t.saving : t.submit}
      </button>
    </form>
  );
}
