'use client';

// Updates the registry's results while the visitor searches and filters, without a full
// page load. The GET form stays the source of truth: every change is read from the form and
// written to the URL, so the page behaves the same with JavaScript off, a copied link shows
// the same view, and the back button works.
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { createContext, use, useCallback, useEffect, useRef, useState, useTransition } from 'react';

import { filterKey, paramsFromEntries } from '../filter-params';

/** How long typing must pause before the results follow. */
const TYPING_DELAY_MS = 300;
/** Years are four digits: wait a little longer so that "20" is not sent on the way to "2018". */
const YEAR_DELAY_MS = 600;

type LiveSearch = {
  isPending: boolean;
  hasNavigated: boolean;
  navigate: (params: URLSearchParams, mode: 'push' | 'replace') => void;
};

const LiveSearchContext = createContext<LiveSearch | null>(null);

function useLiveSearch(): LiveSearch {
  const context = use(LiveSearchContext);
  if (!context) throw new Error('LiveSearchProvider is missing');
  return context;
}

/** Shares one pending state between the form (which navigates) and the results (which show it). */
export function LiveSearchProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isPending, startTransition] = useTransition();
  const [hasNavigated, setHasNavigated] = useState(false);

  const navigate = useCallback(
    (params: URLSearchParams, mode: 'push' | 'replace') => {
      const query = params.toString();
      const url = query ? `${pathname}?${query}` : pathname;
      setHasNavigated(true);
      startTransition(() => {
        if (mode === 'replace') router.replace(url, { scroll: false });
        else router.push(url, { scroll: false });
      });
    },
    [pathname, router],
  );

  return <LiveSearchContext value={{ isPending, hasNavigated, navigate }}>{children}</LiveSearchContext>;
}

/** Shows the URL's values in the form, for when the URL changed by other means (back, a link). */
function writeParamsToForm(form: HTMLFormElement, params: URLSearchParams) {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    const value = params.get(element.name) ?? '';
    if (element instanceof HTMLInputElement && element.type === 'checkbox') {
      element.checked = value !== '';
    } else {
      element.value = value;
      // A value with no option of its own (e.g. sort=name, the default) shows the default.
      if (element instanceof HTMLSelectElement && element.selectedIndex === -1) element.value = '';
    }
  }
}

type FormProps = Omit<React.ComponentProps<'form'>, 'onChange' | 'onSubmit' | 'ref' | 'method'>;

export function LiveFilterForm({ children, ...props }: FormProps) {
  const { navigate } = useLiveSearch();
  const searchParams = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<number | undefined>(undefined);
  // The filters this form asked for since the URL last caught up with it, and the latest.
  const requested = useRef(new Set<string>());
  const latest = useRef<string | null>(null);
  // While typing in one field, the first update adds a history entry and the next ones
  // replace it, so the back button returns to the view before the typing, not to each letter.
  const typingIn = useRef<string | null>(null);

  /** Navigates to the form's filters unless the page shows them already; says whether it did. */
  const update = useCallback(
    (mode: 'push' | 'replace'): boolean => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      const form = formRef.current;
      if (!form) return false;
      const params = paramsFromEntries(new FormData(form));
      const key = filterKey(params);
      if (key === filterKey(new URLSearchParams(window.location.search))) return false;
      requested.current.add(key);
      latest.current = key;
      navigate(params, mode);
      return true;
    },
    [navigate],
  );

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const key = filterKey(searchParams);
    if (key === latest.current) {
      requested.current.clear();
      latest.current = null;
      return;
    }
    // An earlier request of ours arriving, or the visitor is still typing: leave the form be.
    if (requested.current.has(key) || timer.current !== undefined) return;
    if (key === filterKey(paramsFromEntries(new FormData(form)))) return;
    requested.current.clear();
    latest.current = null;
    typingIn.current = null;
    writeParamsToForm(form, searchParams);
  }, [searchParams]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.type !== 'checkbox') {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      // A half-typed year ("20") is not a filter yet; the browser knows from min/max.
      if (!field.validity.valid) return;
      timer.current = window.setTimeout(
        () => {
          if (update(typingIn.current === field.name ? 'replace' : 'push')) typingIn.current = field.name;
        },
        field.type === 'number' ? YEAR_DELAY_MS : TYPING_DELAY_MS,
      );
      return;
    }
    typingIn.current = null;
    update('push');
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    typingIn.current = null;
    update('push');
  }

  return (
    <form ref={formRef} method="get" onChange={onChange} onSubmit={onSubmit} {...props}>
      {children}
    </form>
  );
}

/** The results: marked busy while new ones load, and announced politely when they arrive. */
export function LiveResults({
  announcement,
  children,
  ...props
}: { announcement: string; children: React.ReactNode } & Omit<React.ComponentProps<'section'>, 'aria-busy'>) {
  const { isPending, hasNavigated } = useLiveSearch();
  return (
    <section aria-busy={isPending} {...props}>
      {/* Emptied while loading and filled after, so the count is read out even when unchanged. */}
      <p role="status" className="sr-only">
        {hasNavigated && !isPending ? announcement : ''}
      </p>
      <div className={`transition-opacity ${isPending ? 'opacity-60 delay-150' : ''}`}>{children}</div>
    </section>
  );
}
