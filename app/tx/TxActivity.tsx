import { useTranslation } from "react-i18next";
import { shortHash } from "../ui/format";
import { type Activity, dismissActivity, useActivities } from "./activity";

const tone: Record<Activity["phase"], string> = {
  signing: "border-slate-300 bg-white text-slate-800",
  pending: "border-sky-300 bg-sky-50 text-sky-900",
  confirmed: "border-emerald-300 bg-emerald-50 text-emerald-900",
  failed: "border-red-300 bg-red-50 text-red-900",
};

const heading: Record<
  Activity["phase"],
  "tx.awaitingSignature" | "tx.pending" | "tx.confirmed" | "tx.failed"
> = {
  signing: "tx.awaitingSignature",
  pending: "tx.pending",
  confirmed: "tx.confirmed",
  failed: "tx.failed",
};

/**
 * Where transactions are reported: under the header, in the page's flow, so that a report never covers a row's
 * buttons (as a floating toast would), and never printed. Failures stay until dismissed; confirmations go by
 * themselves.
 */
export function TxActivity() {
  const { t } = useTranslation();
  const activities = useActivities();
  return (
    <div aria-live="polite" className="mx-auto max-w-6xl space-y-1 px-3 empty:hidden md:px-4 print:hidden">
      {activities.map((activity) => (
        <div
          key={activity.id}
          role={activity.phase === "failed" ? "alert" : "status"}
          data-testid="tx-activity"
          data-phase={activity.phase}
          className={`my-1 flex items-start gap-3 rounded-md border px-3 py-2 text-sm ${tone[activity.phase]}`}
        >
          <div className="min-w-0 flex-1">
            <p className="font-medium">{t(heading[activity.phase], { action: activity.action })}</p>
            {activity.detail && <p>{activity.detail}</p>}
            {activity.hash && (
              <p className="text-xs opacity-80" title={activity.hash}>
                {t("tx.hash", { hash: shortHash(activity.hash) })}
              </p>
            )}
          </div>
          {(activity.phase === "confirmed" || activity.phase === "failed") && (
            <button
              type="button"
              className="flex min-h-11 min-w-11 items-center justify-center rounded-md sm:min-h-6 sm:min-w-6"
              onClick={() => dismissActivity(activity.id)}
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">{t("tx.dismiss")}</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
