import { useTranslation } from "react-i18next";
import { Button } from "./Button";

/** "Load more" under a list that is read a page at a time. */
export function LoadMore({
  hasMore,
  loading,
  onLoad,
  label,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  label?: string;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Button variant="secondary" className="mt-3" disabled={loading} onClick={onLoad}>
      {loading ? t("common.loading") : (label ?? t("common.loadMore"))}
    </Button>
  );
}
