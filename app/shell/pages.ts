import { lazyComponent } from "./lazyComponent";

/** Each page is its own chunk, loaded on first visit, or just before, when a link to it is followed. */
export const pages = {
  home: lazyComponent(() => import("../home/HomePage")),
  resources: lazyComponent(() => import("../resources/ResourcesPage")),
  records: lazyComponent(() => import("../records/RecordsPage")),
  payments: lazyComponent(() => import("../payments/PaymentsPage")),
  receipt: lazyComponent(() => import("../payments/ReceiptPage")),
  notFound: lazyComponent(() => import("../ui/NotFoundPage")),
};

/** The page that will show `path`, loaded (so that following a link does not flash the loading fallback). */
export function preloadPageFor(path: string): Promise<unknown> {
  const pathname = path.split(/[?#]/)[0] ?? "/";
  if (pathname === "/") return pages.home.preload();
  if (pathname === "/resources") return pages.resources.preload();
  if (pathname === "/records") return pages.records.preload();
  if (pathname === "/payments") return pages.payments.preload();
  if (pathname.startsWith("/payments/receipt/")) return pages.receipt.preload();
  return pages.notFound.preload();
}
