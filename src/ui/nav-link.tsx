'use client';

// A header link that tells assistive technology (and the eye) which section is open.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const isCurrent = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={isCurrent ? 'page' : undefined}
      className={`underline-offset-4 hover:underline ${isCurrent ? 'font-semibold underline' : ''}`}
    >
      {children}
    </Link>
  );
}
