import type { ReactNode } from "react";
import { get, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FieldFrame, inputClass, type SelectOption, SelectOptions } from "../Field";
import { unpack } from "./messages";

/** The translated message of a field's error, or null. */
function useFieldError(name: string): string | null {
  const { t } = useTranslation();
  const {
    formState: { errors },
  } = useFormContext();
  const text = (get(errors, name) as { message?: string } | undefined)?.message;
  if (!text) return null;
  const { key, values } = unpack(text);
  return String(t(key as "validation.required", values as never));
}

type Common = { name: string; label: string; hint?: ReactNode; className?: string };

/**
 * A text field bound to the form by name. With `maxBytes`, a live count shows while typing: characters, as the
 * user thinks of text, with the byte limit the contract enforces (an accented letter can take two).
 */
export function TextInput({
  name,
  label,
  hint,
  className,
  maxBytes,
  mono,
  type = "text",
  inputMode,
  placeholder,
  rows,
  min,
  max,
}: Common & {
  /** More than one line: a text area of this many rows. */
  rows?: number;
  maxBytes?: number;
  mono?: boolean;
  type?: "text" | "date";
  inputMode?: "numeric" | "decimal" | "text";
  placeholder?: string;
  /** For a date: the range the date picker offers (the schema still says why a typed date is refused). */
  min?: string;
  max?: string;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldFrame
      label={label}
      error={error}
      className={className}
      hint={
        maxBytes === undefined ? (
          hint
        ) : (
          <>
            {hint && <span className="block">{hint}</span>}
            <TextCount name={name} maxBytes={maxBytes} />
          </>
        )
      }
    >
      {({ id, describedBy }) => {
        const common = {
          id,
          placeholder,
          spellCheck: false,
          autoComplete: "off",
          "aria-invalid": error !== null,
          "aria-describedby": describedBy,
          className: `${inputClass} ${mono ? "font-mono" : ""}`,
          ...register(name),
        };
        return rows ? (
          <textarea rows={rows} {...common} />
        ) : (
          <input type={type} inputMode={inputMode} min={min} max={max} {...common} />
        );
      }}
    </FieldFrame>
  );
}

function TextCount({ name, maxBytes }: { name: string; maxBytes: number }) {
  const { t } = useTranslation();
  const value = String(useWatch({ name }) ?? "");
  const bytes = new TextEncoder().encode(value).length;
  const characters = [...value].length;
  return (
    <span className={bytes > maxBytes ? "text-red-700" : undefined} data-testid={`count-${name}`}>
      {bytes === characters
        ? t("forms.count", { count: characters, max: maxBytes })
        : t("forms.countBytes", { count: characters, bytes, max: maxBytes })}
    </span>
  );
}

/** A select bound to the form by name; the placeholder option stands for "nothing chosen yet". */
export function SelectInput({
  name,
  label,
  hint,
  className,
  options,
  placeholder,
}: Common & {
  options: readonly SelectOption[];
  placeholder?: string;
}) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy }) => (
        <select
          id={id}
          aria-invalid={error !== null}
          aria-describedby={describedBy}
          className={inputClass}
          {...register(name)}
        >
          <SelectOptions options={options} placeholder={placeholder} />
        </select>
      )}
    </FieldFrame>
  );
}

/** A checkbox bound to the form by name, its error under it. */
export function CheckboxInput({ name, label, className = "" }: Omit<Common, "hint">) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className={`text-sm ${className}`}>
      <label className="flex min-h-11 items-center gap-2 sm:min-h-0 sm:items-start">
        <input
          type="checkbox"
          aria-invalid={error !== null}
          className="size-5 sm:mt-1 sm:size-auto"
          {...register(name)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <span role="alert" className="mt-1 block text-red-700">
          {error}
        </span>
      )}
    </div>
  );
}

/** A form-wide error (a rule across fields), said once under the fields. */
export function FormError({ name = "root" }: { name?: string }) {
  const error = useFieldError(name);
  return error ? (
    <p role="alert" className="w-full text-sm text-red-700">
      {error}
    </p>
  ) : null;
}
