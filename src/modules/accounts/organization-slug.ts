// A new organisation's stable identifier for URLs and open data, from its name:
// "Säffle kommun" → "saffle-kommun". Pure.
export function organizationSlugFrom(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'organisation';
}
