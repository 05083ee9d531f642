import { createContext, type ReactNode, useContext } from "react";

/** The heading level of the cards inside: 2 on a page, 3 inside a part of a page that has its own h2. */
const CardLevel = createContext<2 | 3>(2);

export function Card({ title, children, id }: { title?: ReactNode; children: ReactNode; id?: string }) {
  const Heading = useContext(CardLevel) === 3 ? "h3" : "h2";
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby={id}>
      {title && (
        <Heading id={id} className="mb-3 text-lg font-semibold text-slate-900">
          {title}
        </Heading>
      )}
      {children}
    </section>
  );
}

/** A part of a page ("As a patient") with its own heading: the cards in it are headed one level down. */
export function PagePart({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <CardLevel.Provider value={3}>{children}</CardLevel.Provider>
    </section>
  );
}
