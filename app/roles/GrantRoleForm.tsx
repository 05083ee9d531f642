import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { ROLE_NAMES, type RoleName } from "../contracts/roleIds";
import { Button } from "../ui/Button";
import { validateAddress } from "../ui/validation";
import { useRoleAdministration } from "./useRoleAdministration";

export function GrantRoleForm({
  members,
}: {
  members: ReadonlyMap<RoleName, { members: readonly Address[] }> | undefined;
}) {
  const { t } = useTranslation();
  const { grant, busy } = useRoleAdministration();
  const [role, setRole] = useState<RoleName>("DOCTOR");
  const [input, setInput] = useState("");
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const validated = validateAddress(input);
    if (!validated.ok) return setError(t(validated.error));
    if (members?.get(role)?.members.includes(validated.value)) {
      return setError(t("roles.alreadyHolds", { role: t(`roles.${role}`) }));
    }
    setError(null);
    const result = await grant(role, validated.value);
    if (result.ok) setInput("");
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-wrap items-start gap-3"
      aria-label={t("roles.grant")}
    >
      <label className="flex flex-col text-sm">
        <span className="mb-1 font-medium">{t("roles.role")}</span>
        <select
          value={role}
          onChange={(event) => setRole(event.target.value as RoleName)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
        >
          {ROLE_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`roles.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-72 flex-1 flex-col text-sm">
        <span className="mb-1 font-medium">{t("roles.address")}</span>
        <input
          value={input}
          onChange={(event) => setInput(event.target.value)}
          placeholder={t("roles.addressPlaceholder")}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error !== null}
          aria-describedby={error ? "grant-role-error" : undefined}
          className="rounded-md border border-slate-300 px-2 py-1.5 font-mono aria-invalid:border-red-500"
        />
        {error && (
          <span id="grant-role-error" role="alert" className="mt-1 text-red-700">
            {error}
          </span>
        )}
      </label>
      <Button type="submit" disabled={busy} className="mt-6">
        {t("roles.grant")}
      </Button>
    </form>
  );
}
