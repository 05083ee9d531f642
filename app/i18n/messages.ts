import type { enPages } from "./en/pages";
import type { enShell } from "./en/shell";

/** Every message of the app, in English: the shape each other language follows. */
export type Catalogue = typeof enShell & typeof enPages;

/** The same tree of keys with any wording: what a translation must provide. */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Messages<T[K]>;
};
