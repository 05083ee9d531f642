import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { type Address, isAddressEqual } from "viem";
import { z } from "zod";
import { PartyName } from "../../directory/PartyName";
import { usePartyNames } from "../../directory/useParty";
import { Card } from "../../ui/Card";
import { Form } from "../../ui/form/Form";
import { FormError, SelectInput } from "../../ui/form/fields";
import { refuse } from "../../ui/form/refine";
import { chosen } from "../../ui/form/rules";
import { useZodForm } from "../../ui/form/useZodForm";
import { shortAddress } from "../../ui/format";
import { VirtualList } from "../../ui/VirtualList";
import type { LedgerRecord, RecordOpener } from "../ledger";

/** The patient picks a doctor they allow and the records to give them, shared in one transaction. */
export function SharePanel({
  doctors,
  records,
  open,
  onShare,
  busy,
}: {
  doctors: Address[];
  records: LedgerRecord[];
  open: RecordOpener;
  onShare: (doctor: Address, records: LedgerRecord[]) => Promise<boolean>;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({ doctor: chosen(), records: z.array(z.string()) }).transform((values, context) => {
        const doctor = doctors.find((candidate) => candidate === values.doctor);
        // A record's author has it already: ticked before another doctor was chosen, it is left out.
        const chosenRecords = records.filter(
          (record) =>
            values.records.includes(record.id.toString()) &&
            !(doctor && isAddressEqual(record.author, doctor)),
        );
        if (!doctor) return refuse(context, "doctor", "validation.required");
        if (chosenRecords.length === 0) return refuse(context, "root", "records.share.chooseRecords");
        return { doctor, records: chosenRecords };
      }),
    [doctors, records],
  );
  const form = useZodForm(schema, { defaultValues: { doctor: "", records: [] as string[] } });
  const names = usePartyNames(doctors);
  const doctorValue = useWatch({ control: form.control, name: "doctor" });
  const chosenDoctor = doctors.find((doctor) => doctor === doctorValue);
  const offered = chosenDoctor
    ? records.filter((record) => !isAddressEqual(record.author, chosenDoctor))
    : records;
  const offeredIds = new Set(offered.map((record) => record.id.toString()));
  const ticked = useWatch({ control: form.control, name: "records" }) ?? [];
  const count = ticked.filter((id) => offeredIds.has(id)).length;
  return (
    <Card title={t("records.share.title")} id="share">
      {doctors.length === 0 ? (
        <p className="text-sm text-slate-500">{t("records.share.noDoctors")}</p>
      ) : (
        <Form
          form={form}
          label={t("records.share.title")}
          submitLabel={t("records.share.submit", { count })}
          busy={busy}
          onSubmit={async (values) => {
            if (await onShare(values.doctor, values.records))
              form.reset({ doctor: values.doctor, records: [] });
          }}
        >
          <SelectInput
            name="doctor"
            label={t("records.share.doctor")}
            placeholder={t("common.choose")}
            options={doctors.map((candidate) => {
              const name = names.get(candidate.toLowerCase());
              return {
                value: candidate,
                label: name ? `${name} (${shortAddress(candidate)})` : shortAddress(candidate),
              };
            })}
          />
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{t("records.share.records")}</legend>
            {chosenDoctor && offered.length < records.length && (
              <p className="mb-1 text-xs text-slate-600">{t("records.share.authorsOwn")}</p>
            )}
            {offered.length === 0 ? (
              <p className="text-sm text-slate-500">{t("records.timeline.empty")}</p>
            ) : (
              <VirtualList
                items={offered}
                itemKey={(record) => record.id.toString()}
                label={t("records.share.records")}
                estimateSize={28}
                renderItem={(record) => <ShareChoice record={record} open={open} />}
              />
            )}
          </fieldset>
          <FormError />
        </Form>
      )}
    </Card>
  );
}

/** One record to tick: described by its own decrypted content, and not offered when it cannot be opened. */
function ShareChoice({ record, open }: { record: LedgerRecord; open: RecordOpener }) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const opened = open(record);
  return (
    <label className="flex min-h-11 flex-wrap items-center gap-2 py-0.5 text-sm sm:min-h-0">
      <input
        className="size-5 sm:size-auto"
        type="checkbox"
        value={record.id.toString()}
        disabled={!("document" in opened)}
        {...register("records")}
      />
      #{record.id.toString()} ·{" "}
      {"document" in opened
        ? `${opened.document.condition.text} · ${opened.document.date}`
        : t(`records.timeline.${opened.problem}`)}
      <span className="text-xs text-slate-500">
        · <PartyName address={record.author} />
      </span>
    </label>
  );
}
