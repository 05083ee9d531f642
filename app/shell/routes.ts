import type { ComponentType } from "react";
import { type CapabilityName, capabilitiesOf, capabilityRoutes } from "../capabilities";
import { loadPageMessages } from "../i18n";
import type { FirstReads } from "../sync/reads/firstReads";
import { lazyComponent } from "../ui/lazyComponent";
import { loadCapabilityWords } from "./capabilityWords";

// The developers' tools (the contract explorer): in the dev build, and in a build made with VITE_DEV_TOOLS=on.
// Written out where it is used: Vite replaces it with a constant there, and a build without them drops their code.
const devTools = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === "on";

/** A page's component, and what it reads first if it says (see FirstReads). */
type PageComponent<P> = ComponentType<P> & { firstReads?: FirstReads };
type PageModule = { default: PageComponent<object> };

/** A page's code, the words pages share and its capability's own, fetched together: a page never renders before its words. */
export const lazyPage = <P extends object>(
  load: () => Promise<{ default: PageComponent<P> }>,
  capability?: CapabilityName,
) =>
  lazyComponent<P, PageComponent<P>>(() =>
    Promise.all([load(), loadPageMessages(), capability ? loadCapabilityWords(capability) : undefined]).then(
      ([module]) => module,
    ),
  );

// Each page module is a chunk of its own; the table in app/capabilities.ts says which path shows which. The
// developers' tools are not even in a build without them.
const pageModules = {
  ...import.meta.glob<PageModule>(["../*/*Page.tsx", "!../explorer/*"]),
  ...(devTools ? import.meta.glob<PageModule>("../explorer/*Page.tsx") : {}),
};

/** Every route of the app, from the capabilities' table: the router renders from it, a link preloads from it. */
export const routes = capabilityRoutes(devTools).map(({ path, module, capability }) => {
  const load = pageModules[`../${module}.tsx`];
  if (!load) throw new Error(`app/${module}.tsx is missing: app/capabilities.ts names it for ${path}`);
  return { path, page: lazyPage(load, capability.name) };
});

export const notFoundPage = lazyPage(() => import("../ui/NotFoundPage"));

/** The navigation: each capability that has a place in it, by its first route. */
export const navEntries = capabilitiesOf(devTools)
  .filter((capability) => capability.nav)
  .map(({ name, routes: [first] }) => ({ name, path: first.path }));

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
