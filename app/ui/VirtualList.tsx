import { useVirtualizer } from "@tanstack/react-virtual";
import type { ReactNode, Ref, RefObject } from "react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * The rows of a long list that are in (or near) view, for a scroll container: the rest are replaced by padding, so
 * a list of 1,000 entries costs the DOM and render time of about twenty.
 */
export function useVirtualRows(
  count: number,
  scrollRef: RefObject<HTMLElement | null>,
  { estimateSize, getKey }: { estimateSize: number; getKey: (index: number) => string },
) {
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    getItemKey: getKey,
    overscan: 8,
    // Render the first screen on the first pass instead of waiting a frame for the container to be measured.
    initialRect: { width: 0, height: 640 },
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1];
  const totalSize = virtualizer.getTotalSize();
  return {
    rows,
    totalSize,
    paddingTop: rows[0]?.start ?? 0,
    paddingBottom: last ? totalSize - last.end : 0,
    measure: virtualizer.measureElement,
  };
}

/** A scrollable, keyboard-focusable list that renders only the items in view. */
export function VirtualList<T>({
  items,
  itemKey,
  renderItem,
  label,
  estimateSize,
  ordered = false,
  testId,
  className = "",
}: {
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Names the scroll region for assistive technology. */
  label: string;
  estimateSize: number;
  ordered?: boolean;
  testId?: string;
  className?: string;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const { rows, totalSize, paddingTop, paddingBottom, measure } = useVirtualRows(items.length, scrollRef, {
    estimateSize,
    getKey: (index) => itemKey(items[index] as T),
  });
  const List = ordered ? "ol" : "ul";
  return (
    <ScrollRegion ref={scrollRef} label={label} maxHeight="32rem" contentHeight={totalSize}>
      <List
        data-testid={testId}
        data-total={items.length}
        className={className}
        style={{ paddingTop, paddingBottom }}
      >
        {rows.map((row) => (
          <li
            key={row.key}
            ref={measure}
            data-index={row.index}
            aria-posinset={row.index + 1}
            aria-setsize={items.length}
          >
            {renderItem(items[row.index] as T)}
          </li>
        ))}
      </List>
    </ScrollRegion>
  );
}

/**
 * A named, scrollable region that keyboard users can focus and scroll. Its name says what it scrolls ("Audit
 * history, scrollable"), distinct from the section around it that `label` usually names too. Its height follows the virtual content's
 * (up to `maxHeight`) rather than the rows rendered, which would leave an empty list no room to show any.
 */
export function ScrollRegion({
  ref,
  label,
  maxHeight,
  contentHeight,
  children,
}: {
  ref: Ref<HTMLElement>;
  label: string;
  /** A CSS length. */
  maxHeight: string;
  contentHeight: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section
      ref={ref}
      aria-label={t("common.scrollList", { list: label })}
      className="overflow-y-auto"
      style={{ maxHeight, minHeight: `min(${contentHeight}px, ${maxHeight})` }}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
      tabIndex={0}
    >
      {children}
    </section>
  );
}
