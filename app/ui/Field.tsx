import { type ReactNode, useId } from "react";

type FieldProps = {
  label: string;
  error?: string | null;
  hint?: ReactNode;
  className?: string;
};

/** 44 px tall with 16 px text on a phone (a smaller font makes iOS zoom in on focus), compact from `sm` up. */
export const inputClass =
  "min-h-11 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-base aria-invalid:border-red-500 disabled:bg-slate-100 sm:min-h-0 sm:text-sm";

export function FieldFrame({
  label,
  error,
  hint,
  className = "",
  children,
}: FieldProps & { children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col text-sm ${className}`}>
      <label htmlFor={id} className="mb-1 font-medium">
        {label}
      </label>
      {children({ id, describedBy })}
      {hint && (
        <span id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} role="alert" className="mt-1 text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

/** A select's options, after a "nothing chosen yet" option when there is a placeholder. */
export function SelectOptions({
  options,
  placeholder,
}: {
  options: readonly SelectOption[];
  placeholder?: string;
}) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
    </>
  );
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  ...frame
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
}) {
  return (
    <FieldFrame {...frame}>
      {({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={Boolean(frame.error)}
          aria-describedby={describedBy}
          className={inputClass}
        >
          <SelectOptions options={options} placeholder={placeholder} />
        </select>
      )}
    </FieldFrame>
  );
}
