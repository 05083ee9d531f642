import { useTranslation } from "react-i18next";
import { Button } from "./Button";

/** Previous / next over a list shown a page at a time ("Facilities 21–40 of 57"). */
export function Pager({
  page,
  pageSize,
  total,
  label,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  label: string;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  const first = page * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  return (
    <nav aria-label={label} className="mt-2 flex items-center gap-2 text-sm">
      <Button variant="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t("common.previous")}
      </Button>
      <span>{t("common.range", { first, last, total })}</span>
      <Button variant="secondary" disabled={last >= total} onClick={() => onPage(page + 1)}>
        {t("common.next")}
      </Button>
    </nav>
  );
}
