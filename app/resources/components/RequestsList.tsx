import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address as AddressType } from "viem";
import { z } from "zod";
import { LIMITS } from "../../contracts/limits";
import { PartyName } from "../../directory/PartyName";
import { PublicTextWarning } from "../../privacy/PublicTextWarning";
import { Button } from "../../ui/Button";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { requiredText } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { numberFormat } from "../../ui/format";
import { useResourceActions } from "../hooks/useResourceActions";
import { type Inventory, type RequestView, resourceTypeNames } from "../model";
import { unitFor } from "../units";

const statusColours = {
  open: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  denied: "bg-red-100 text-red-900",
  cancelled: "bg-slate-200 text-slate-700",
};

export function RequestsList({
  requests,
  inventory,
  canDecide,
  me,
}: {
  requests: RequestView[];
  inventory: Inventory;
  canDecide: boolean;
  me?: AddressType;
}) {
  const { t, i18n } = useTranslation();
  if (requests.length === 0) return <p className="text-sm text-slate-500">{t("resources.requests.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="requests">
      {requests.map((request) => {
        const resource = inventory.resources[request.resourceId];
        return (
          <li key={request.id} className="py-2" data-request={request.id} data-status={request.status}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">
                {t("resources.requests.line", {
                  id: request.id,
                  quantity: numberFormat(i18n.language).format(request.quantity),
                  unit: resource ? unitFor(resource.unit, request.quantity, i18n.language) : "",
                  resource: resource?.name ?? "",
                  facility: inventory.facilities[request.facilityId]?.name ?? "",
                })}
              </span>
              <span className={`rounded px-1.5 text-xs ${statusColours[request.status]}`}>
                {t(`resources.requests.status.${request.status}`)}
              </span>
              <PartyName address={request.requester} />
            </div>
            <p className="text-sm text-slate-600">
              {request.reason === undefined ? t("common.loading") : `“${request.reason}”`}
            </p>
            {request.denialReason && <p className="text-sm text-red-800">“{request.denialReason}”</p>}
            {request.status === "open" && (
              <RequestActions
                request={request}
                exempt={resourceTypeNames(inventory)}
                canDecide={canDecide}
                isRequester={request.requester === me}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

const denySchema = z.object({ reason: requiredText(LIMITS.reasonBytes) });

function RequestActions({
  request,
  exempt,
  canDecide,
  isRequester,
}: {
  request: RequestView;
  exempt: readonly string[];
  canDecide: boolean;
  isRequester: boolean;
}) {
  const { t } = useTranslation();
  const { approveRequest, denyRequest, cancelRequest, busy } = useResourceActions();
  const [denying, setDenying] = useState(false);
  const form = useZodForm(denySchema, { defaultValues: { reason: "" } });

  return (
    <div className="mt-2 flex flex-wrap items-end gap-2">
      {canDecide && (
        <>
          <Button disabled={busy} onClick={() => approveRequest(request.id)}>
            {t("resources.requests.approve")}
          </Button>
          {denying ? (
            <Form
              form={form}
              label={t("resources.requests.denyReason", { id: request.id })}
              submitLabel={t("resources.requests.deny")}
              busy={busy}
              className="flex flex-wrap items-end gap-2"
              onSubmit={({ reason }) => denyRequest(request.id, reason)}
            >
              <div>
                <TextInput
                  name="reason"
                  label={t("resources.requests.denyReason", { id: request.id })}
                  maxBytes={LIMITS.reasonBytes}
                />
                <PublicTextWarning name="reason" exempt={exempt} />
              </div>
            </Form>
          ) : (
            <Button variant="danger" disabled={busy} onClick={() => setDenying(true)}>
              {t("resources.requests.deny")}
            </Button>
          )}
        </>
      )}
      {isRequester && (
        <Button variant="secondary" disabled={busy} onClick={() => cancelRequest(request.id)}>
          {t("resources.requests.cancel")}
        </Button>
      )}
    </div>
  );
}
