import { createContext, type ReactNode, useContext, useEffect, useRef } from "react";
import { type FieldValues, FormProvider, type SubmitHandler, type UseFormReturn } from "react-hook-form";
import { Button } from "../Button";

/** A last check before sending that needs what only a field knows (a look-alike address awaiting confirmation). */
export type SubmitGuard = () => { name: string; message: string } | undefined;
const GuardsContext = createContext<Map<symbol, SubmitGuard> | null>(null);

/** Registers a guard with the enclosing Form for as long as the calling field is on screen. */
export function useSubmitGuard(guard: SubmitGuard) {
  const guards = useContext(GuardsContext);
  const latest = useRef(guard);
  latest.current = guard;
  useEffect(() => {
    if (!guards) return;
    const id = Symbol("guard");
    guards.set(id, () => latest.current());
    return () => {
      guards.delete(id);
    };
  }, [guards]);
}

/**
 * A titled form on the kit: the browser's own validation stays silent (the schema speaks, in words, beside each
 * field), and the submit button waits while a transaction is under way.
 */
export function Form<Input extends FieldValues, Output>({
  form,
  label,
  title,
  help,
  submitLabel,
  busy = false,
  onSubmit,
  children,
  actions,
  className = "space-y-3",
  id,
}: {
  form: UseFormReturn<Input, unknown, Output>;
  label: string;
  title?: string;
  help?: ReactNode;
  submitLabel: string;
  busy?: boolean;
  onSubmit: SubmitHandler<Output>;
  children: ReactNode;
  /** Further buttons beside the submit button (Cancel…). */
  actions?: ReactNode;
  className?: string;
  /** For a link that jumps to it (a role's main action, from a phone's first screen). */
  id?: string;
}) {
  const guards = useRef(new Map<symbol, SubmitGuard>()).current;
  const submit = form.handleSubmit(async (values) => {
    for (const guard of guards.values()) {
      const refusal = guard();
      if (refusal) {
        form.setError(refusal.name as never, { message: refusal.message }, { shouldFocus: true });
        return;
      }
    }
    await onSubmit(values);
  });
  return (
    <FormProvider {...form}>
      <GuardsContext.Provider value={guards}>
        <form id={id} aria-label={label} onSubmit={submit} noValidate className={className}>
          {title && <h3 className="font-semibold">{title}</h3>}
          {help && <p className="text-sm text-slate-600">{help}</p>}
          {children}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy || form.formState.isSubmitting}>
              {submitLabel}
            </Button>
            {actions}
          </div>
        </form>
      </GuardsContext.Provider>
    </FormProvider>
  );
}
