import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { rescueFocus } from "../../ui/focusRescue";
import type { KeyPair } from "../crypto/keys";
import type { useRecordKeys } from "../hooks/useRecordKeys";
import { RecoveryKitSetup } from "./RecoveryKitSetup";

type Keys = ReturnType<typeof useRecordKeys>;

/**
 * Replacing the unlocked records key, with a new recovery kit shown once and confirmed. The form belongs to the key
 * it was opened for: once the new key is unlocked in its place, the form is gone and the focus back on its button.
 */
export function ReplaceKeyCard({ keys }: { keys: Keys }) {
  const { t } = useTranslation();
  const [openedFor, setOpenedFor] = useState<KeyPair | null>(null);
  const start = useRef<HTMLButtonElement>(null);
  const open = openedFor !== null && openedFor === keys.keyPair;
  useEffect(() => {
    if (!open) rescueFocus(start.current);
  }, [open]);
  if (!keys.unlockersKnown || !keys.keyPair) return null;
  return (
    <Card title={t("records.rotation.title")} id="replace-key">
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("records.rotation.explain")}</p>
      {open ? (
        <RecoveryKitSetup
          submitLabel={t("records.rotation.confirm")}
          busy={keys.busy}
          onConfirmed={keys.replaceKey}
          onCancel={() => setOpenedFor(null)}
        />
      ) : (
        <Button
          ref={start}
          variant="secondary"
          disabled={keys.busy}
          onClick={() => setOpenedFor(keys.keyPair ?? null)}
        >
          {t("records.rotation.start")}
        </Button>
      )}
      {keys.replaceError && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {keys.replaceError}
        </p>
      )}
    </Card>
  );
}
