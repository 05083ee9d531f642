import type { ComponentType } from "react";
import { loadPageMessages } from "../i18n";
import type { FirstReads } from "../sync/reads/firstReads";
import { lazyComponent } from "../ui/lazyComponent";

/** A page's component, and what it reads first if it says (see FirstReads). */
type PageComponent<P> = ComponentType<P> & { firstReads?: FirstReads };

/** A page's code and the pages' messages, fetched together: a page never renders before its words. */
export const lazyPage = <P extends object>(load: () => Promise<{ default: PageComponent<P> }>) =>
  lazyComponent<P, PageComponent<P>>(() =>
    Promise.all([load(), loadPageMessages()]).then(([module]) => module),
  );

type NavKey = "nav.home" | "nav.resources" | "nav.records" | "nav.payments";

/**
 * Every page of the app, once: the router renders from this table, the navigation lists the entries with a `nav`
 * label, and a link (or the first load) fetches the page's code from it. Each page is its own chunk.
 */
export const routes = [
  { path: "/", page: lazyPage(() => import("../home/HomePage")), nav: "nav.home" },
  {
    path: "/resources",
    page: lazyPage(() => import("../resources/ResourcesPage")),
    nav: "nav.resources",
  },
  { path: "/records", page: lazyPage(() => import("../records/RecordsPage")), nav: "nav.records" },
  { path: "/payments", page: lazyPage(() => import("../payments/PaymentsPage")), nav: "nav.payments" },
  { path: "/payments/receipt/:id", page: lazyPage(() => import("../payments/ReceiptPage")) },
] as const satisfies readonly { path: string; page: unknown; nav?: NavKey }[];

export const notFoundPage = lazyPage(() => import("../ui/NotFoundPage"));

export const navRoutes = routes.filter(
  (route): route is Extract<(typeof routes)[number], { nav: NavKey }> => "nav" in route,
);

/** Whether `pathname` is `pattern`, where a `:name` segment stands for any one segment. */
function matches(pattern: string, pathname: string) {
  const want = pattern.split("/");
  const have = pathname.replace(/(.)\/$/, "$1").split("/");
  return (
    want.length === have.length &&
    want.every((part, i) => (part.startsWith(":") ? have[i] !== "" : part === have[i]))
  );
}

/**
 * The page that will show `path`, loaded (so that following a link does not flash the loading fallback); resolves
 * with what that page reads first, if it says.
 */
export function preloadPageFor(path: string): Promise<FirstReads | undefined> {
  const pathname = path.split(/[?#]/)[0] || "/";
  const page = routes.find((candidate) => matches(candidate.path, pathname))?.page ?? notFoundPage;
  return page.preload().then((component) => component.firstReads);
}
