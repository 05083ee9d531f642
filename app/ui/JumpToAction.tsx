/**
 * On a phone, a link in the first screen to the role's main action further down (an allocator's Allocate form sits
 * past the inventory, the holdings and the requests): the page keeps its order, as on a desktop, and the action is
 * one tap away. The link moves the focus to the action's first field, so a keyboard continues from there.
 */
export function JumpToAction({ target, label }: { target: string; label: string }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const action = document.getElementById(target);
        if (!action) return;
        event.preventDefault();
        action.scrollIntoView({ block: "start" });
        // A card's id is on its heading: its fields are in the section around it, and may still be loading (a
        // lazy form): the focus then goes to the first field once it is there.
        const fields = action.tagName === "FORM" ? action : (action.closest("section") ?? action);
        const focusFirstField = () => {
          const field = fields.querySelector<HTMLElement>("input, select, textarea, button");
          field?.focus({ preventScroll: true });
          return field !== null;
        };
        if (focusFirstField()) return;
        const observer = new MutationObserver(() => focusFirstField() && observer.disconnect());
        observer.observe(fields, { childList: true, subtree: true });
        setTimeout(() => observer.disconnect(), 10_000);
      }}
      className="mt-2 inline-flex min-h-11 items-center rounded-md bg-teal-700 px-3 text-sm font-medium text-white md:hidden"
      data-testid="jump-to-action"
    >
      {label}
      <span aria-hidden="true" className="ml-1">
        ↓
      </span>
    </a>
  );
}
