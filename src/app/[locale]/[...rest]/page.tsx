import { notFound } from 'next/navigation';

// Any unknown path under a locale gets the localised 404 page inside the site layout.
export default function Page() {
  notFound();
}
