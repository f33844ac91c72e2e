'use client';

// A header link that tells assistive technology (and the eye) which section is open.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** `exact`: only this very page counts as current, not the pages beneath it. */
export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const isCurrent = pathname === href || (!exact && pathname.startsWith(`${href}/`));
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
