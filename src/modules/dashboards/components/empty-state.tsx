/** What is missing, said in words where a table or chart would be. */
export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded border border-slate-300 bg-slate-50 p-4 text-slate-800">{children}</p>;
}
