import { type ReactNode, useState } from "react";
import { useSubmitGuard } from "./Form";

/**
 * A warning that the form will not send past until the person ticks that they checked: a look-alike address, a
 * patient who shares a name with another, health data in a public field. The tick holds for `subject` only (what
 * was typed, the patient chosen): change it and the warning asks again. `refusal` is what the field says when
 * the form is sent unticked.
 */
export function ConfirmedWarning({
  field,
  subject,
  refusal,
  confirmLabel,
  testId,
  children,
}: {
  field: string;
  subject: string;
  refusal: string;
  confirmLabel: string;
  testId?: string;
  children: ReactNode;
}) {
  const [confirmed, setConfirmed] = useState<string>();
  useSubmitGuard(() => (confirmed === subject ? undefined : { name: field, message: refusal }));
  return (
    <div
      role="status"
      className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900"
      data-testid={testId}
    >
      {children}
      <label className="mt-1 flex min-h-11 items-center gap-2 sm:min-h-0 sm:items-start">
        <input
          type="checkbox"
          checked={confirmed === subject}
          onChange={(event) => setConfirmed(event.target.checked ? subject : undefined)}
          className="size-5 sm:mt-1 sm:size-auto"
        />
        <span>{confirmLabel}</span>
      </label>
    </div>
  );
}
