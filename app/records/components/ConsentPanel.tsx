import { useTranslation } from "react-i18next";
import { type Address, zeroHash } from "viem";
import { useChainId, useReadContracts } from "wagmi";
import { contractAddress } from "../../chain/deployments";
import { patientRecordsAbi } from "../../contracts/generated/patientRecords";
import { useRoleMembers } from "../../roles/useRoles";
import { Address as ShortAddress } from "../../ui/Address";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";

/** The patient allows or revokes each doctor; a doctor without a registered key cannot be allowed yet. */
export function ConsentPanel({
  allowed,
  onGrant,
  onRevoke,
  busy,
}: {
  allowed: ReadonlySet<string>;
  onGrant: (doctor: Address) => void;
  onRevoke: (doctor: Address) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const chainId = useChainId();
  const contract = contractAddress(chainId, "PatientRecords");
  const doctors = useRoleMembers().data?.get("DOCTOR") ?? [];
  const keys = useReadContracts({
    allowFailure: false,
    contracts: doctors.map((doctor) => ({
      chainId,
      address: contract,
      abi: patientRecordsAbi,
      functionName: "encryptionKeyOf",
      args: [doctor],
    })),
    query: { enabled: contract !== undefined && doctors.length > 0, refetchInterval: 5_000 },
  });
  return (
    <Card title={t("records.consent.title")} id="consent">
      <p className="mb-3 max-w-3xl text-sm text-slate-600">{t("records.consent.help")}</p>
      {doctors.length === 0 && <p className="text-sm text-slate-500">{t("records.consent.none")}</p>}
      <ul className="divide-y divide-slate-100" data-testid="consent">
        {doctors.map((doctor, index) => {
          const isAllowed = allowed.has(doctor.toLowerCase());
          const hasKey =
            (keys.data?.[index] as string | undefined) !== undefined && keys.data?.[index] !== zeroHash;
          return (
            <li key={doctor} className="flex items-center justify-between gap-3 py-2" data-doctor={doctor}>
              <span>
                <ShortAddress address={doctor} />
                {isAllowed && (
                  <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900">
                    {t("records.consent.allowed")}
                  </span>
                )}
                {!hasKey && <span className="ml-2 text-xs text-slate-500">{t("records.consent.noKey")}</span>}
              </span>
              {isAllowed ? (
                <Button variant="danger" disabled={busy} onClick={() => onRevoke(doctor)}>
                  {t("records.consent.revoke")}
                </Button>
              ) : (
                <Button disabled={busy || !hasKey} onClick={() => onGrant(doctor)}>
                  {t("records.consent.grant")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
