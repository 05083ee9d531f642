/**
 * The app's table of contents: every capability, registered once. Its routes (the page module in its folder), its
 * place in the navigation and on the home page, and whether it brings words of its own (`app/<name>/words/`) are
 * said here; the router, the navigation, the home page's cards, the build's preload of a returning visitor's page
 * and the e2e lists of pages all derive from this table. Plain data: the build and the tests read it too.
 *
 * Adding a capability: a folder `app/<name>/` with its page and `words/` (frame.ts, en.ts, zh-CN.ts), an entry here,
 * and the folder in .dependency-cruiser.cjs's capability layer. README's recipes walk through it. A `devOnly`
 * capability (the contract explorer) exists in the dev build only, and in a build made with VITE_DEV_TOOLS=on.
 */
export const capabilities = [
  {
    name: "home",
    routes: [{ path: "/", page: "HomePage" }],
    nav: true,
    card: false,
    words: false,
    devOnly: false,
  },
  {
    name: "resources",
    routes: [{ path: "/resources", page: "ResourcesPage" }],
    nav: true,
    card: true,
    words: true,
    devOnly: false,
  },
  {
    name: "records",
    routes: [
      { path: "/records", page: "RecordsPage" },
      { path: "/records/recover", page: "RecordsPage" },
    ],
    nav: true,
    card: true,
    words: true,
    devOnly: false,
  },
  {
    name: "payments",
    routes: [
      { path: "/payments", page: "PaymentsPage" },
      { path: "/payments/receipt/:id", page: "ReceiptPage" },
    ],
    nav: true,
    card: true,
    words: true,
    devOnly: false,
  },
  {
    name: "explorer",
    routes: [{ path: "/contracts", page: "ExplorerPage" }],
    nav: true,
    card: false,
    words: true,
    devOnly: true,
  },
] as const satisfies readonly {
  name: string;
  routes: readonly { path: string; page: string }[];
  nav: boolean;
  card: boolean;
  words: boolean;
  devOnly: boolean;
}[];

export type Capability = (typeof capabilities)[number];
export type CapabilityName = Capability["name"];

/** The capabilities a build has: all of them with the developers' tools, else those that are not `devOnly`. */
export const capabilitiesOf = (devTools: boolean): readonly Capability[] =>
  capabilities.filter((capability) => devTools || !capability.devOnly);

/** Every route of a build, with the capability it belongs to and the module of its page (relative to app/). */
export const capabilityRoutes = (devTools: boolean) =>
  capabilitiesOf(devTools).flatMap((capability) =>
    capability.routes.map((route) => ({ ...route, capability, module: `${capability.name}/${route.page}` })),
  );

/** The capabilities the home page offers as cards. */
export const homeCards = capabilities.filter((capability) => capability.card);
