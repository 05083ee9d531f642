import { useTranslation } from "react-i18next";
import type { RoleName } from "../contracts/roleIds";

const colours: Record<RoleName, string> = {
  ADMIN: "bg-purple-100 text-purple-800",
  DOCTOR: "bg-sky-100 text-sky-800",
  BILLING: "bg-amber-100 text-amber-800",
  ALLOCATOR: "bg-emerald-100 text-emerald-800",
};

export function RoleBadges({ roles }: { roles: readonly RoleName[] }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex flex-wrap gap-1">
      {roles.map((role) => (
        <span
          key={role}
          className={`rounded px-1.5 py-0.5 text-xs font-medium ${colours[role]}`}
          data-role={role}
        >
          {t(`roles.${role}`)}
        </span>
      ))}
    </span>
  );
}
