import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "../../ui/Announcer";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { rescueFocus } from "../../ui/focusRescue";
import type { useRecordKeys } from "../hooks/useRecordKeys";

/** First-time setup (explained) or this session's unlock; shows why it failed when it does. */
export function KeyPanel({ keys }: { keys: ReturnType<typeof useRecordKeys> }) {
  const { t } = useTranslation();
  const unlockedNote = useRef<HTMLParagraphElement>(null);
  const wasLocked = useRef(false);
  // Unlocked here and now (not unlocked earlier in this tab): say so, and keep the focus of the button now gone.
  useEffect(() => {
    if (keys.status !== "unlocked") {
      wasLocked.current = keys.status !== "loading";
      return;
    }
    if (!wasLocked.current) return;
    wasLocked.current = false;
    rescueFocus(unlockedNote.current);
    announce(t("records.keys.unlocked"));
  }, [keys.status, t]);
  if (keys.status === "unlocked") {
    return (
      <p ref={unlockedNote} tabIndex={-1} className="text-sm text-teal-800" data-testid="records-unlocked">
        {t("records.keys.unlocked")}
      </p>
    );
  }
  return (
    <Card title={t("records.keys.title")} id="record-key">
      <p className="mb-3 max-w-3xl text-sm text-slate-700">
        {keys.status === "needsSetup" ? t("records.keys.explainSetup") : t("records.keys.explainUnlock")}
      </p>
      {keys.status === "needsSetup" && (
        <Button disabled={keys.busy} onClick={keys.setUp}>
          {t("records.keys.setUp")}
        </Button>
      )}
      {keys.status === "locked" && (
        <Button disabled={keys.busy} onClick={keys.unlock}>
          {t("records.keys.unlock")}
        </Button>
      )}
      {keys.error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {keys.error}
        </p>
      )}
    </Card>
  );
}
