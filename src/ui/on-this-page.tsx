// A long page's short list of its sections, as plain anchors (the network page, a dashboard).
export function OnThisPage({ label, sections }: { label: string; sections: ReadonlyArray<readonly [id: string, title: string]> }) {
  return (
    <nav aria-label={label} className="rounded border border-slate-200 p-4">
      <p className="font-semibold">{label}</p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`} className="text-brand-700 underline">
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
