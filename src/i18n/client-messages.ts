// What client components may be given of the dictionary: whole sections, in one language, as
// data. Functions are left out (they cannot travel to the browser, and client components use
// templates instead), so a client component's code carries no dictionary and the page carries
// only the texts of the sections its server components pick for it.
import type { Messages } from './messages';

/** A dictionary section without its functions: what can be handed to a client component. */
export type Plain<T> = T extends (...args: never[]) => unknown
  ? never
  : T extends string
    ? T
    : T extends readonly (infer Item)[]
      ? Plain<Item>[]
      : T extends object
        ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Plain<T[K]> }
        : T;

export type Section = keyof Messages;

/** The sections S of one language, as a client component receives them. */
export type ClientMessages<S extends Section> = { [K in S]: Plain<Messages[K]> };
