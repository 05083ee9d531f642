import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { PageHeading } from "./PageHeading";

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="space-y-3">
      <PageHeading title={t("pages.notFound.title")} />
      <Link href="/" className="text-teal-700 underline">
        {t("pages.notFound.back")}
      </Link>
    </div>
  );
}
