// Texts with named holes ("{count} medlemmar"), for text that must reach client components:
// a function cannot travel from the server to the browser, a string can. The holes are part of
// the type, so the Swedish and English texts must have the same ones and every caller must
// fill them all. Pure and tiny, so it costs the browser next to nothing.

declare const holes: unique symbol;

/** A text whose holes are the names in P. */
export type Template<P extends string> = string & { readonly [holes]: P };

/** The names between braces in a text: '{a} of {b}' → 'a' | 'b'. */
export type HolesOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | HolesOf<Rest> : never;

/** Marks a text as a template; its holes are read from the text itself. */
export function template<const S extends string>(text: S): Template<HolesOf<S>> {
  return text as unknown as Template<HolesOf<S>>;
}

/** The text with every hole filled. Numbers are filled as given: format them first. */
export function fill<P extends string>(text: Template<P>, values: Record<P, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (hole, name: string) => (Object.hasOwn(values, name) ? String(values[name as P]) : hole));
}
