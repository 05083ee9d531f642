import { Component, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

function Fallback() {
  const { t } = useTranslation();
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {t("errors.panelFailed")}
    </p>
  );
}

/**
 * Keeps one failing panel (or one list entry) from taking the whole page down: what threw is replaced by a short
 * notice, and everything around it goes on working.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallback?: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return this.props.fallback ?? <Fallback />;
    return this.props.children;
  }
}
