import { notFound } from 'next/navigation';

// Any unknown path under a locale gets the localised 404 page inside the site layout. The
// metadata says so too: Next resolves a page's title apart from its content, and only a
// notFound() there gives the browser the 404 page's title (not-found.tsx) instead of the site's.
export function generateMetadata(): never {
  notFound();
}

export default function Page() {
  notFound();
}
