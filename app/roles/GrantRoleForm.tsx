import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { z } from "zod";
import { ROLE_NAMES, type RoleName } from "../contracts/roleIds";
import { AddressInput } from "../directory/AddressInput";
import { Form } from "../ui/form/Form";
import { SelectInput } from "../ui/form/fields";
import { message } from "../ui/form/messages";
import { refuse } from "../ui/form/refine";
import { address } from "../ui/form/rules";
import { useZodForm } from "../ui/form/useZodForm";
import { useRoleAdministration } from "./useRoleAdministration";

/**
 * Administrators grant DOCTOR, BILLING or ALLOCATOR at once; the administrator role is offered, and becomes the
 * new holder's when they accept it.
 */
export function GrantRoleForm({
  members,
}: {
  members: ReadonlyMap<RoleName, { members: readonly Address[] }> | undefined;
}) {
  const { t } = useTranslation();
  const { grant, busy } = useRoleAdministration();
  const schema = useMemo(
    () =>
      z
        .object({ role: z.enum(ROLE_NAMES), account: address() })
        .transform((values, context) =>
          members?.get(values.role)?.members.includes(values.account)
            ? refuse(context, "account", message("roles.alreadyHolds", { role: t(`roles.${values.role}`) }))
            : values,
        ),
    [members, t],
  );
  const form = useZodForm(schema, { defaultValues: { role: "DOCTOR", account: "" } });
  return (
    <Form
      form={form}
      label={t("roles.grant")}
      submitLabel={t("roles.grant")}
      busy={busy}
      className="flex flex-wrap items-end gap-3"
      onSubmit={async ({ role, account }) => {
        const result = await grant(role, account);
        if (result.ok) form.resetField("account");
      }}
    >
      <SelectInput
        name="role"
        label={t("roles.role")}
        options={ROLE_NAMES.map((name) => ({ value: name, label: t(`roles.${name}`) }))}
      />
      <AddressInput
        name="account"
        label={t("roles.address")}
        className="w-full sm:w-auto sm:min-w-72 flex-1"
      />
    </Form>
  );
}
