import { useMemo } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type Address, isAddressEqual } from "viem";
import { useAccount } from "wagmi";
import { z } from "zod";
import { AddressInput } from "../../directory/AddressInput";
import { PartyName } from "../../directory/PartyName";
import type { TransactionResult } from "../../tx/useTransaction";
import { ActsOn } from "../../ui/ActsOn";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { Form } from "../../ui/form/Form";
import { TextInput } from "../../ui/form/fields";
import { message } from "../../ui/form/messages";
import { address } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { LoadMore } from "../../ui/LoadMore";
import type { Consent, ConsentList } from "../hooks/useConsents";
import { useDoctors } from "../hooks/useDoctors";
import { CARD_NAME_BYTES, type PatientCard, patientCardFields } from "../patientCard";

type Grant = (doctor: Address, card?: PatientCard) => Promise<TransactionResult>;

/**
 * The patient allows or revokes each doctor: the verified doctors of the directory, every doctor a consent was
 * ever given to, and any other by address. What the doctors allowed from now on will know of the patient (a name,
 * a birth date) is typed once above the list and sealed for each one; left empty, the patient stays an address.
 * A doctor without a registered key cannot be allowed yet; a consent that ended with the doctor's role is shown
 * as such: allowing them again is a new decision.
 */
export function ConsentPanel({
  list,
  onGrant,
  onRevoke,
  busy,
}: {
  list: ConsentList;
  onGrant: Grant;
  onRevoke: (doctor: Address) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const doctors = useDoctors();
  const consents = useMemo(() => list.consents ?? [], [list.consents]);
  const card = useZodForm(patientCardFields, { defaultValues: { name: "", birthDate: "" } });
  // Undefined when the card's own fields are refused (said at those fields) and nothing was sent.
  const grantWithCard = (doctor: Address) =>
    new Promise<TransactionResult | undefined>((resolve) => {
      card.handleSubmit(
        async (values) => resolve(await onGrant(doctor, values)),
        () => resolve(undefined),
      )();
    });
  const rows = useMemo(() => {
    const listed = doctors ?? [];
    const others = consents
      .filter(
        (consent) => !listed.some((doctor) => doctor.address.toLowerCase() === consent.account.toLowerCase()),
      )
      .map((consent) => ({ address: consent.account, hasKey: true }));
    return [...listed, ...others];
  }, [doctors, consents]);
  const consentOf = (doctor: Address) =>
    consents.find((consent) => consent.account.toLowerCase() === doctor.toLowerCase());

  return (
    <Card title={t("records.consent.title")} id="consent">
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("records.consent.help")}</p>
      <FormProvider {...card}>
        <fieldset className="mb-4 grid max-w-2xl gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-medium">{t("records.consent.card.title")}</legend>
          <p className="text-xs text-slate-600 sm:col-span-2">{t("records.consent.card.help")}</p>
          <TextInput name="name" label={t("records.consent.card.name")} maxBytes={CARD_NAME_BYTES} />
          <TextInput name="birthDate" type="date" label={t("records.consent.card.birthDate")} />
        </fieldset>
      </FormProvider>
      {doctors?.length === 0 && rows.length === 0 && (
        <p className="text-sm text-slate-500">{t("records.consent.none")}</p>
      )}
      <ul className="divide-y divide-slate-100" data-testid="consent">
        {rows.map(({ address: doctor, hasKey }) => {
          const consent = consentOf(doctor);
          const status = consent?.status ?? "never";
          return (
            <li
              key={doctor}
              className="flex flex-wrap items-center justify-between gap-3 py-2"
              data-doctor={doctor}
              data-consent={status}
              data-decision={consent?.decision ?? "pending"}
            >
              <span className="min-w-0">
                <span id={`consent-${doctor}`}>
                  <PartyName address={doctor} />
                </span>
                <ConsentBadge status={status} decision={consent?.decision ?? "pending"} hasKey={hasKey} />
              </span>
              <ActsOn describedBy={`consent-${doctor}`}>
                {status === "allowed" ? (
                  <Button variant="danger" disabled={busy} onClick={() => onRevoke(doctor)}>
                    {t("records.consent.revoke")}
                  </Button>
                ) : (
                  <Button disabled={busy || !hasKey} onClick={() => grantWithCard(doctor)}>
                    {t("records.consent.grant")}
                  </Button>
                )}
              </ActsOn>
            </li>
          );
        })}
      </ul>
      <LoadMore hasMore={list.hasMore} loading={list.loadingMore} onLoad={list.loadMore} />
      <AllowByAddress busy={busy} onAllow={grantWithCard} />
    </Card>
  );
}

function ConsentBadge({
  status,
  decision,
  hasKey,
}: {
  status: Consent["status"];
  decision: Consent["decision"];
  hasKey: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {status === "allowed" && (
        <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900">
          {t("records.consent.allowed")}
        </span>
      )}
      {status === "allowed" && decision !== "accepted" && (
        <span className="ml-2 text-xs text-slate-600">
          {t(decision === "declined" ? "records.consent.declined" : "records.consent.waiting")}
        </span>
      )}
      {status === "roleEnded" && (
        <span className="ml-2 text-xs text-amber-800">{t("records.consent.roleEnded")}</span>
      )}
      {!hasKey && <span className="ml-2 text-xs text-slate-500">{t("records.consent.noKey")}</span>}
    </>
  );
}

/** A doctor who is not in the directory's list, by address: a look-alike of a listed one is warned about first. */
function AllowByAddress({
  busy,
  onAllow,
}: {
  busy: boolean;
  onAllow: (doctor: Address) => Promise<TransactionResult | undefined>;
}) {
  const { t } = useTranslation();
  const { address: me } = useAccount();
  const form = useZodForm(
    useMemo(
      () =>
        z.object({
          doctor: address().refine((doctor) => !me || !isAddressEqual(doctor, me), {
            message: "records.consent.notYourself",
          }),
        }),
      [me],
    ),
    { defaultValues: { doctor: "" } },
  );
  return (
    <details className="mt-4">
      <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-teal-800">
        {t("records.consent.byAddress")}
      </summary>
      <Form
        form={form}
        label={t("records.consent.byAddress")}
        submitLabel={t("records.consent.grant")}
        busy={busy}
        className="mt-2 max-w-xl space-y-3"
        onSubmit={async ({ doctor }) => {
          // A refused address stays typed, with the reason at the field, to be corrected rather than retyped.
          const result = await onAllow(doctor);
          if (result?.ok) form.reset();
          else if (result)
            form.setError("doctor", { message: message("validation.inWords", { text: result.error }) });
        }}
      >
        <AddressInput name="doctor" label={t("records.consent.doctorAddress")} />
      </Form>
    </details>
  );
}
