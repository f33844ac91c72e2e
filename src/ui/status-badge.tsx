import type { NetworkStatus } from '@/generated/prisma/enums';

const STYLES: Record<NetworkStatus, string> = {
  ACTIVE: 'bg-green-50 text-green-900 ring-green-700/30',
  FORMING: 'bg-amber-50 text-amber-900 ring-amber-700/30',
  DORMANT: 'bg-slate-100 text-slate-800 ring-slate-600/30',
  CLOSED: 'bg-slate-100 text-slate-700 ring-slate-600/30',
};

/** Status as text with a tint; the text alone carries the meaning. */
export function StatusBadge({ status, label }: { status: NetworkStatus; label: string }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-sm font-medium ring-1 ring-inset ${STYLES[status]}`}>
      {label}
    </span>
  );
}
