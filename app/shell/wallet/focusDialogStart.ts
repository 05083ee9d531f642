const WAIT_MS = 2_000;

/** RainbowKit's open dialog: its wallet list, account or network view. */
const rainbowKitDialog = () => document.querySelector<HTMLElement>('[data-rk] [role="dialog"]');

/**
 * Where a keyboard user should start in a dialog: the first wallet in the list, else the first control that is not
 * the close button, else that one.
 */
function firstControl(dialog: HTMLElement): HTMLElement | null {
  const controls = [...dialog.querySelectorAll<HTMLElement>("button, a[href], input, select")].filter(
    (control) => !control.hasAttribute("disabled") && control.getClientRects().length > 0,
  );
  const isClose = (control: HTMLElement) =>
    control.getAttribute("aria-label") === "Close" || control.matches('[aria-label*="close" i]');
  return (
    dialog.querySelector<HTMLElement>('[data-testid^="rk-wallet-option-"]') ??
    controls.find((control) => !isClose(control)) ??
    controls[0] ??
    null
  );
}

/**
 * RainbowKit opens its dialogs with the focus on their unnamed content box: a screen reader says nothing useful and
 * the first Tab lands on Close. Once the dialog shows, the focus moves to its first real control, unless the
 * person has already moved it to one.
 */
export function focusDialogStart() {
  const started = performance.now();
  const step = () => {
    const dialog = rainbowKitDialog();
    const focused = document.activeElement as HTMLElement | null;
    const target = dialog && firstControl(dialog);
    if (target) {
      const onNothingNamed =
        !focused ||
        focused === document.body ||
        (dialog.contains(focused) && !focused.matches("button, a[href], input, select"));
      if (onNothingNamed) target.focus();
      return;
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/** `open`, followed by the focus moving into the dialog it opens. */
export const withFocusInDialog = (open: () => void) => () => {
  open();
  focusDialogStart();
};
