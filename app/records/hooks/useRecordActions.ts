import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type Address, type Hex, hexToBytes } from "viem";
import { useChainId, useConfig } from "wagmi";
import { contractAddress } from "../../contracts/deployments";
import { useNameOf } from "../../directory/useNameOf";
import { useContractAction } from "../../tx/useContractAction";
import { shortAddress } from "../../ui/format";
import { recordContext, sealRecord, wrapKey } from "../crypto/envelope";
import type { KeyPair } from "../crypto/keys";
import { encodeRecord, type RecordInput } from "../document";
import { contentKeyFor, type LedgerRecord } from "../ledger";
import { type PatientCard, sealPatientCard } from "../patientCard";
import { readPublicKey } from "../publicKeys";

/**
 * Consent, writing, amending and sharing: everything is sealed here, in the browser, before it is sent, and bound
 * to where it belongs (chain, contract, patient, author), so it cannot be replayed elsewhere.
 */
export function useRecordActions(me: Address | undefined, keyPair: KeyPair | undefined) {
  const { t } = useTranslation();
  const config = useConfig();
  const chainId = useChainId();
  const contract = contractAddress(chainId, "PatientRecords");
  const queryClient = useQueryClient();
  const { send, busy } = useContractAction("PatientRecords");
  const nameOf = useNameOf();

  const publicKeyOf = async (account: Address) => {
    if (!contract) throw new Error(t("errors.notDeployed"));
    const key = await readPublicKey(config, queryClient, chainId, account);
    if (!key) throw new Error(t("records.keys.noKeyFor", { account: shortAddress(account) }));
    return hexToBytes(key);
  };

  const sealFor = async (patient: Address, input: RecordInput) => {
    if (!keyPair || !me || !contract) throw new Error(t("records.keys.locked"));
    const sealed = sealRecord(
      encodeRecord(input),
      [await publicKeyOf(patient), keyPair.publicKey],
      recordContext(chainId, contract, patient, me),
    );
    const [forPatient, forAuthor] = sealed.wrappedKeys as [Hex, Hex];
    return [sealed.contentHash, sealed.payload, forPatient, forAuthor] as const;
  };

  return {
    busy,
    grant: (doctor: Address, card?: PatientCard) =>
      send(t("records.tx.grant", { doctor: nameOf(doctor) }), "grantAccess", async () => {
        if (!me || !contract) throw new Error(t("errors.notConnected"));
        const sealed = card
          ? sealPatientCard(card, await publicKeyOf(doctor), chainId, contract, me, doctor)
          : "0x";
        return [doctor, sealed] as const;
      }),
    revoke: (doctor: Address) =>
      send(t("records.tx.revoke", { doctor: nameOf(doctor) }), "revokeAccess", [doctor]),
    accept: (patient: Address, name: string) =>
      send(t("records.tx.accept", { patient: name }), "acceptPatient", [patient]),
    /** `newer`: the patient just before this one in the doctor's list (the zero address when it heads it). */
    decline: (patient: Address, name: string, newer: Address) =>
      send(t("records.tx.decline", { patient: name }), "declinePatient", [patient, newer]),
    /** `name`: the patient as the doctor knows them (from their card), for the transaction's report. */
    add: (patient: Address, name: string, input: RecordInput) =>
      send(t("records.tx.add", { patient: name }), "addRecord", async () => {
        const [hash, payload, forPatient, forAuthor] = await sealFor(patient, input);
        return [patient, hash, payload, forPatient, forAuthor] as const;
      }),
    amend: (record: LedgerRecord, input: RecordInput) =>
      send(t("records.tx.amend", { id: record.id.toString() }), "amendRecord", async () => {
        const [hash, payload, forPatient, forAuthor] = await sealFor(record.patient, input);
        return [record.id, hash, payload, forPatient, forAuthor] as const;
      }),
    share: (doctor: Address, records: LedgerRecord[]) =>
      send(
        t("records.tx.share", { count: records.length, doctor: nameOf(doctor) }),
        "shareRecords",
        async () => {
          if (!keyPair || !me || !contract) throw new Error(t("records.keys.locked"));
          const doctorKey = await publicKeyOf(doctor);
          const place = { chainId, contract };
          const wrapped = records.map((record) =>
            wrapKey(
              contentKeyFor(record, me, keyPair, place),
              doctorKey,
              recordContext(chainId, contract, record.patient, record.author),
            ),
          );
          return [doctor, records.map((record) => record.id), wrapped] as const;
        },
      ),
  };
}
