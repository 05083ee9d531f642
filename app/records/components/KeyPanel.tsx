import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "../../ui/Announcer";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { rescueFocus } from "../../ui/focusRescue";
import type { useRecordKeys } from "../hooks/useRecordKeys";
import { KitUnlockForm } from "./KitUnlockForm";
import { RecoveryKitSetup } from "./RecoveryKitSetup";

type Keys = ReturnType<typeof useRecordKeys>;

function KeyError({ keys }: { keys: Keys }) {
  if (!keys.error) return null;
  return (
    <p role="alert" className="mt-3 text-sm text-red-700">
      {keys.error}
    </p>
  );
}

/** An unlocked key without a recovery kit (set up before kits existed): the records die with the wallet. */
function MissingKitCard({ keys }: { keys: Keys }) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <Card title={t("records.kit.newTitle")} id="recovery-kit">
      {creating ? (
        <RecoveryKitSetup
          submitLabel={t("records.kit.confirmSave")}
          busy={keys.busy}
          onConfirmed={keys.addKit}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <>
          <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("records.kit.explainMissing")}</p>
          <Button onClick={() => setCreating(true)}>{t("records.kit.create")}</Button>
        </>
      )}
      <KeyError keys={keys} />
    </Card>
  );
}

/** The note that the records are unlocked; said, and given the focus of the button now gone, when it just happened. */
function UnlockedNote() {
  const { t } = useTranslation();
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    rescueFocus(note.current);
    announce(t("records.keys.unlocked"));
  }, [t]);
  return (
    <p ref={note} tabIndex={-1} className="text-sm text-teal-800" data-testid="records-unlocked">
      {t("records.keys.unlocked")}
    </p>
  );
}

/** The passkeys that unlock the key, and adding one: where this browser can use passkeys at all. */
function Passkeys({ keys }: { keys: Keys }) {
  const { t } = useTranslation();
  if (!keys.passkeysAvailable || !keys.unlockersKnown) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-3 text-sm text-slate-700" data-testid="passkeys">
      <span>
        {keys.passkeyCount > 0
          ? t("records.passkey.count", { count: keys.passkeyCount })
          : t("records.passkey.explain")}
      </span>
      <Button variant="secondary" disabled={keys.busy} onClick={keys.addPasskey}>
        {t("records.passkey.add")}
      </Button>
    </div>
  );
}

/** First-time setup (explained, with its recovery kit) or this session's unlock, by wallet or kit. */
export function KeyPanel({ keys }: { keys: Keys }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"buttons" | "newKit" | "typeKit">("buttons");
  const wasLocked = useRef(false);
  if (keys.status !== "unlocked") wasLocked.current = keys.status !== "loading";
  if (keys.status === "unlocked")
    return (
      <>
        {wasLocked.current ? (
          <UnlockedNote />
        ) : (
          <p className="text-sm text-teal-800" data-testid="records-unlocked">
            {t("records.keys.unlocked")}
          </p>
        )}
        {keys.notice && (
          <p role="status" className="text-sm text-amber-800">
            {keys.notice}
          </p>
        )}
        <Passkeys keys={keys} />
        {!keys.unlockersKnown || keys.hasKit ? <KeyError keys={keys} /> : null}
        {keys.unlockersKnown && !keys.hasKit && <MissingKitCard keys={keys} />}
      </>
    );
  const back = () => setMode("buttons");
  return (
    <Card title={t("records.keys.title")} id="record-key">
      {mode === "newKit" ? (
        <RecoveryKitSetup
          submitLabel={t("records.kit.confirmSetUp")}
          busy={keys.busy}
          onConfirmed={keys.setUp}
          onCancel={back}
        />
      ) : mode === "typeKit" ? (
        <KitUnlockForm busy={keys.busy} onUnlock={keys.unlockWithKit} onCancel={back} />
      ) : (
        <>
          <p className="mb-3 max-w-3xl text-sm text-slate-700">
            {keys.status === "needsSetup" ? t("records.keys.explainSetup") : t("records.keys.explainUnlock")}
          </p>
          <div className="flex flex-wrap gap-2">
            {keys.status === "needsSetup" && (
              <Button disabled={keys.busy} onClick={() => setMode("newKit")}>
                {t("records.keys.setUp")}
              </Button>
            )}
            {keys.status === "locked" && keys.walletUnlocks && (
              <Button disabled={keys.busy || !keys.unlockersKnown} onClick={keys.unlock}>
                {t("records.keys.unlock")}
              </Button>
            )}
            {keys.status === "locked" && keys.passkeyCount > 0 && keys.passkeysAvailable && (
              <Button variant="secondary" disabled={keys.busy} onClick={keys.unlockWithPasskey}>
                {t("records.passkey.unlock")}
              </Button>
            )}
            {keys.status === "locked" && keys.hasKit && (
              <Button variant="secondary" disabled={keys.busy} onClick={() => setMode("typeKit")}>
                {t("records.keys.useKit")}
              </Button>
            )}
          </div>
        </>
      )}
      <KeyError keys={keys} />
    </Card>
  );
}
