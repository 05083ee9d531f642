import { useTranslation } from "react-i18next";
import { Link } from "wouter";

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("pages.notFound.title")}</h1>
      <Link href="/" className="text-teal-700 underline">
        {t("pages.notFound.back")}
      </Link>
    </div>
  );
}
