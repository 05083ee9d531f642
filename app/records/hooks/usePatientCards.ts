import { useEffect, useMemo } from "react";
import type { Address } from "viem";
import { useChainId } from "wagmi";
import { contractAddress } from "../../contracts/deployments";
import { rememberName } from "../../privacy/sensitivePhrases";
import { useEventsAt } from "../../sync/reads/useEventsAt";
import type { KeyPair } from "../crypto/keys";
import { openPatientCard, type PatientCard } from "../patientCard";
import type { Consent } from "./useConsents";

/**
 * The cards a doctor's patients sent with their consent (their name, maybe their birth date), read from the very
 * blocks of those consents and opened with the doctor's key: shown only to this doctor, only once unlocked. A
 * revoked consent's latest change is its revocation, which names the grant (and card) it ended.
 */
export function usePatientCards(
  doctor: Address | undefined,
  consents: readonly Consent[] | undefined,
  keyPair: KeyPair | undefined,
) {
  const chainId = useChainId();
  const contract = contractAddress(chainId, "PatientRecords");
  const revoked = useMemo(
    () => consents?.filter((consent) => consent.status === "revoked") ?? [],
    [consents],
  );
  const revocations = useEventsAt(
    "PatientRecords",
    "AccessRevoked",
    doctor && revoked.length ? { patient: revoked.map((consent) => consent.account), doctor } : undefined,
    revoked.map((consent) => consent.changedAtBlock),
  );
  const grantBlockOf = useMemo(() => {
    const ended = new Map(
      revocations.data?.map((event) => [`${event.args.patient?.toLowerCase()}:${event.blockNumber}`, event]),
    );
    return (consent: Consent) =>
      consent.status !== "revoked"
        ? consent.changedAtBlock
        : ended.get(`${consent.account.toLowerCase()}:${consent.changedAtBlock}`)?.args.grantBlock;
  }, [revocations.data]);
  const granted = useEventsAt(
    "PatientRecords",
    "AccessGranted",
    doctor && consents?.length ? { patient: consents.map((consent) => consent.account), doctor } : undefined,
    consents?.flatMap((consent) => grantBlockOf(consent) ?? []) ?? [],
  );
  const cards = useMemo(() => {
    const cards = new Map<string, PatientCard>();
    if (!doctor || !keyPair || !contract || !granted.data || !consents) return cards;
    for (const consent of consents) {
      // The latest grant carries the card in force.
      const event = granted.data.find(
        (candidate) =>
          candidate.args.patient?.toLowerCase() === consent.account.toLowerCase() &&
          candidate.blockNumber === grantBlockOf(consent),
      );
      const card =
        event?.args.patientCard &&
        openPatientCard(event.args.patientCard, keyPair, chainId, contract, consent.account, doctor);
      if (card) cards.set(consent.account.toLowerCase(), card);
    }
    return cards;
  }, [doctor, keyPair, contract, chainId, granted.data, consents, grantBlockOf]);
  // An invoice this doctor writes for the patient then warns when it names them.
  useEffect(() => {
    for (const [account, card] of cards) rememberName(account, card.name);
  }, [cards]);
  return cards;
}
