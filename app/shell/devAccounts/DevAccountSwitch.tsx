import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { DEV_ACCOUNTS_CONNECTOR_ID, switchDevAccount } from "../../chain/devAccounts/devAccountsConnector";
import { Button } from "../../ui/Button";

/** Shown while connected through the dev accounts: act as another demo account without disconnecting. */
export function DevAccountSwitch() {
  const { t } = useTranslation();
  const { connector } = useAccount();
  if (connector?.id !== DEV_ACCOUNTS_CONNECTOR_ID) return null;
  return (
    <Button variant="secondary" onClick={() => switchDevAccount().catch(() => {})}>
      {t("devAccounts.switch")}
    </Button>
  );
}
