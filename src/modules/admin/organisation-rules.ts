// Pure rules of the admin's organisation form: which of an organisation's details a save
// changes, so the audit event holds those fields alone and a save that changes nothing is
// said to change nothing (rather than logged as a change of every field).

export type OrganisationDetails = {
  name: string;
  kind: string;
  countyCode: string | null;
  scbCode: string | null;
  organizationNumber: string | null;
};

/** The fields whose value differs, before and after; null when nothing differs. */
export function changedDetails<T extends OrganisationDetails>(before: T, after: T): { before: Partial<T>; after: Partial<T> } | null {
  const keys = (Object.keys(after) as Array<keyof T>).filter((key) => before[key] !== after[key]);
  if (keys.length === 0) return null;
  const pick = (details: T) => Object.fromEntries(keys.map((key) => [key, details[key]])) as Partial<T>;
  return { before: pick(before), after: pick(after) };
}
