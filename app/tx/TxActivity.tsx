import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { announce } from "../ui/Announcer";
import { shortHash } from "../ui/format";
import { type Activity, dismissActivity, useActivities } from "./activity";
import { useFocusFallback } from "./useFocusFallback";

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

/** Says each step of each transaction once, in words, through the app's live region. */
function useAnnouncedSteps(activities: readonly Activity[]) {
  const { t } = useTranslation();
  const said = useRef(new Map<string, Activity["phase"]>());
  useEffect(() => {
    for (const activity of activities) {
      if (said.current.get(activity.id) === activity.phase) continue;
      said.current.set(activity.id, activity.phase);
      announce(
        t(`tx.announce.${activity.phase}`, { action: activity.action, detail: activity.detail ?? "" }).trim(),
      );
    }
  }, [activities, t]);
}

/**
 * Where transactions are reported: under the header, in the page's flow, so that a report never covers a row's
 * buttons (as a floating toast would), and never printed. A report stays until dismissed or replaced by the next
 * transaction's. Each step is announced through the app's live region; when the control that started it is gone
 * or disabled, the focus comes here rather than falling to the page's start.
 */
export function TxActivity() {
  const { t } = useTranslation();
  const activities = useActivities();
  const newest = useRef<HTMLDivElement>(null);
  useAnnouncedSteps(activities);
  useFocusFallback(activities[0], newest);
  return (
    <div className="mx-auto max-w-6xl space-y-1 px-3 empty:hidden md:px-4 print:hidden">
      {activities.map((activity, index) => (
        <div
          key={activity.id}
          ref={index === 0 ? newest : undefined}
          tabIndex={-1}
          data-testid="tx-activity"
          data-phase={activity.phase}
          className={`my-1 flex items-start gap-3 rounded-md border px-3 py-2 text-sm focus:outline-2 focus:outline-teal-700 ${tone[activity.phase]}`}
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
              <span className="sr-only">{t("tx.dismissOne", { action: activity.action })}</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
