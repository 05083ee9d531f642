import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "../../ui/Button";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { message } from "../../ui/form/messages";
import { useZodForm } from "../../ui/form/useZodForm";
import { newRecoveryKit, positionsToConfirm } from "../crypto/recoveryKit";

/** Prints the kit alone (styles.css hides everything else on paper). */
function printKit() {
  const root = document.documentElement;
  root.classList.add("print-kit");
  window.addEventListener("afterprint", () => root.classList.remove("print-kit"), { once: true });
  window.print();
}

/**
 * A new recovery kit, shown this once: its 24 words in order, printable, then three of them typed back. The words
 * live in this component's memory only and are gone once it closes; `onConfirmed` receives them.
 */
export function RecoveryKitSetup({
  submitLabel,
  busy,
  onConfirmed,
  onCancel,
}: {
  submitLabel: string;
  busy: boolean;
  onConfirmed: (kit: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [kit] = useState(newRecoveryKit);
  const [positions] = useState(() => positionsToConfirm());
  const words = useRef<HTMLOListElement>(null);
  useEffect(() => words.current?.focus(), []);
  const schema = useMemo(
    () =>
      z.object(
        Object.fromEntries(
          positions.map((position) => [
            `word${position}`,
            z
              .string()
              .trim()
              .toLowerCase()
              .refine(
                (typed) => typed === kit[position],
                message("records.kit.wrongWord", { position: position + 1 }),
              ),
          ]),
        ),
      ),
    [kit, positions],
  );
  const form = useZodForm(schema, {
    defaultValues: Object.fromEntries(positions.map((position) => [`word${position}`, ""])),
  });
  return (
    <div className="space-y-3" data-print-kit>
      <h3 className="font-semibold">{t("records.kit.title")}</h3>
      <p className="max-w-3xl text-sm text-slate-700">{t("records.kit.explain")}</p>
      <ol
        ref={words}
        tabIndex={-1}
        aria-label={t("records.kit.words")}
        className="grid max-w-2xl grid-cols-2 gap-x-6 gap-y-1 rounded-md border border-slate-300 p-3 font-mono text-sm sm:grid-cols-4"
      >
        {kit.map((word, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a word's place in the kit is what identifies it
          <li key={index} data-testid={`kit-word-${index + 1}`}>
            {index + 1}. {word}
          </li>
        ))}
      </ol>
      <div className="print:hidden">
        <Button variant="secondary" onClick={printKit}>
          {t("records.kit.print")}
        </Button>
      </div>
      <div className="print:hidden">
        <Form
          form={form}
          label={t("records.kit.title")}
          help={t("records.kit.confirmHelp")}
          submitLabel={submitLabel}
          busy={busy}
          onSubmit={() => onConfirmed(kit.join(" "))}
          actions={
            <Button variant="secondary" onClick={onCancel} disabled={busy}>
              {t("records.kit.cancel")}
            </Button>
          }
        >
          <div className="flex flex-wrap gap-3">
            {positions.map((position) => (
              <TextInput
                key={position}
                name={`word${position}`}
                label={t("records.kit.word", { position: position + 1 })}
              />
            ))}
          </div>
        </Form>
      </div>
    </div>
  );
}
