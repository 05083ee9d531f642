/**
 * The app's table of contents: every capability, registered once. Its routes (the page module in its folder), its
 * place in the navigation and on the home page, and whether it brings words of its own (`app/<name>/words/`) are
 * said here; the router, the navigation, the home page's cards, the build's preload of a returning visitor's page
 * and the e2e lists of pages all derive from this table. Plain data: the build and the tests read it too.
 *
 * Adding a capability: a folder `app/<name>/` with its page and `words/` (frame.ts, en.ts, zh-CN.ts), an entry here,
 * and the folder in .dependency-cruiser.cjs's capability layer. README's recipes walk through it.
 */
export const capabilities = [
  { name: "home", routes: [{ path: "/", page: "HomePage" }], nav: true, card: false, words: false },
  {
    name: "resources",
    routes: [{ path: "/resources", page: "ResourcesPage" }],
    nav: true,
    card: true,
    words: true,
  },
  {
    name: "records",
    routes: [{ path: "/records", page: "RecordsPage" }],
    nav: true,
    card: true,
    words: true,
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
  },
] as const satisfies readonly {
  name: string;
  routes: readonly { path: string; page: string }[];
  nav: boolean;
  card: boolean;
  words: boolean;
}[];

export type Capability = (typeof capabilities)[number];
export type CapabilityName = Capability["name"];

/** Every route, with the capability it belongs to and the module of its page (relative to app/). */
export const capabilityRoutes = capabilities.flatMap((capability) =>
  capability.routes.map((route) => ({ ...route, capability, module: `${capability.name}/${route.page}` })),
);

/** The capabilities the home page offers as cards. */
export const homeCards = capabilities.filter((capability) => capability.card);
