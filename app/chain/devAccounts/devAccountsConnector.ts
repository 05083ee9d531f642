import {
  type Address,
  type EIP1193RequestFn,
  getAddress,
  numberToHex,
  RpcRequestError,
  SwitchChainError,
} from "viem";
import { rpc } from "viem/utils";
import { ChainNotConfiguredError, createConnector } from "wagmi";
import { localChain } from "../chains";
import { chooseDevAccount } from "./devAccountChoice";

export const DEV_ACCOUNTS_CONNECTOR_ID = "carechainDevAccounts";
const STORAGE_KEY = "carechain.devAccount";

let emitAccountChange: ((account: Address) => void) | undefined;

/** Lets a connected dev-accounts user act as another demo account without disconnecting. */
export async function switchDevAccount(): Promise<void> {
  const account = await chooseDevAccount();
  emitAccountChange?.(account);
}

/**
 * A wallet over anvil's unlocked development accounts, for the local chain only: anvil itself signs
 * `eth_sendTransaction` and `personal_sign` for them, so no key ever reaches the browser. The user picks the
 * account in our picker dialog when connecting.
 */
export function devAccounts() {
  return createConnector((config) => {
    let selected = storedAccount();
    const url = localChain.rpcUrls.default.http[0];

    const select = (account: Address | undefined) => {
      selected = account;
      if (account) localStorage.setItem(STORAGE_KEY, account);
      else localStorage.removeItem(STORAGE_KEY);
    };
    emitAccountChange = (account) => {
      select(account);
      config.emitter.emit("change", { accounts: [account] });
    };

    const request: EIP1193RequestFn = async ({ method, params }) => {
      switch (method) {
        case "eth_accounts":
        case "eth_requestAccounts":
          return selected ? [selected] : [];
        case "eth_chainId":
          return numberToHex(localChain.id);
        case "wallet_switchEthereumChain": {
          const [{ chainId }] = params as [{ chainId: string }];
          if (Number(chainId) !== localChain.id) throw new SwitchChainError(new ChainNotConfiguredError());
          return null;
        }
        default: {
          const { result, error } = await rpc.http(url, { body: { method, params } });
          if (error) throw new RpcRequestError({ body: { method, params }, error, url });
          return result;
        }
      }
    };
    const provider = { request };

    return {
      id: DEV_ACCOUNTS_CONNECTOR_ID,
      name: "Dev accounts",
      type: "devAccounts",
      async connect(parameters) {
        const account = parameters?.isReconnecting && selected ? selected : await chooseDevAccount();
        select(account);
        // biome-ignore lint/suspicious/noExplicitAny: wagmi types the result by `withCapabilities`, unused here
        return { accounts: [account], chainId: localChain.id } as any;
      },
      async disconnect() {
        select(undefined);
      },
      async getAccounts() {
        return selected ? [selected] : [];
      },
      async getChainId() {
        return localChain.id;
      },
      async getProvider() {
        return provider;
      },
      async isAuthorized() {
        return selected !== undefined;
      },
      async switchChain({ chainId }) {
        const chain = config.chains.find((candidate) => candidate.id === chainId);
        if (chainId !== localChain.id || !chain) throw new SwitchChainError(new ChainNotConfiguredError());
        return chain;
      },
      onAccountsChanged(accounts) {
        if (accounts.length === 0) this.onDisconnect();
        else config.emitter.emit("change", { accounts: accounts.map((account) => getAddress(account)) });
      },
      onChainChanged() {},
      onDisconnect() {
        select(undefined);
        config.emitter.emit("disconnect");
      },
    };
  });
}

function storedAccount(): Address | undefined {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored ? getAddress(stored) : undefined;
}
