'use client';

// Shown when the frame of every page itself fails (the locale layout: the header reads the
// session, so a database that does not answer lands here). It replaces that layout, so it has
// no language from the route, no stylesheet and no dictionary: a few words in both languages,
// Swedish first as in Trappan's mails, and inline styles. Smaller than Next's built-in page,
// which every page would otherwise load.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="sv">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '3rem auto', maxWidth: '40rem', padding: '0 1rem', lineHeight: 1.5 }}>
        <main role="alert">
          <h1>Trappan kunde inte visas just nu</h1>
          <p>Försök igen om en stund.</p>
          <h2 lang="en">Trappan could not be shown right now</h2>
          <p lang="en">Please try again in a moment.</p>
          <button type="button" onClick={retry} style={{ font: 'inherit', padding: '0.5rem 1rem' }}>
            Försök igen / <span lang="en">Try again</span>
          </button>
        </main>
      </body>
    </html>
  );
}
