import { useTranslation } from "react-i18next";
import { Card } from "./Card";

/** What a capability page will hold, until its own issue fills it. */
export function PlannedPage({ page }: { page: "resources" | "records" | "payments" }) {
  const { t } = useTranslation();
  const items = t(`pages.${page}.items`, { returnObjects: true }) as string[];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t(`pages.${page}.title`)}</h1>
      <Card>
        <p className="mb-2">{t(`pages.${page}.lead`)}</p>
        <ul className="list-disc space-y-1 pl-6 text-slate-700">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-500">{t("capabilities.comingSoon")}</p>
      </Card>
    </div>
  );
}
