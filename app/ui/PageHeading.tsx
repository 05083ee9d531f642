import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

let arrivedByLink = false;

/** Called by the router when a link is followed: the next page's heading takes the focus. */
export function headingTakesFocusNext() {
  arrivedByLink = true;
}

/**
 * A page's one h1. It names the browser tab ("Payments — CareChain"), and after a link is followed it takes the
 * focus, so that a screen reader announces the new page and the next Tab starts in it (not in the navigation).
 * A first load leaves the focus where the browser puts it. The tab's name is `title`; the heading shows `children`
 * when they differ.
 */
export function PageHeading({ title, children = title }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const appName = t("app.name");
  useEffect(() => {
    document.title = title === appName ? appName : `${title} — ${appName}`;
  }, [title, appName]);
  useEffect(() => {
    if (!arrivedByLink) return;
    arrivedByLink = false;
    heading.current?.focus();
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
      {children}
    </h1>
  );
}
