/** English messages: the source of truth for keys. Other languages must have the same shape (checked by tsc). */
export const en = {
  app: {
    name: "CareChain",
    tagline: "Medical resources, patient-controlled records and medical bills on smart contracts.",
    skipToContent: "Skip to content",
  },
  nav: { home: "Home", resources: "Resources", records: "Records", payments: "Payments", main: "Main" },
  language: { label: "Language", en: "English", "zh-CN": "简体中文" },
  home: {
    title: "Healthcare on smart contracts, with the patient in control",
    intro:
      "Administrators share scarce medical resources among facilities, doctors add encrypted records to a ledger the patient controls, and patients pay their bills from their own wallet.",
    privacy:
      "No health data is ever written in plain text: records are encrypted in your browser before they leave it.",
    whoTitle: "Who you are",
    notConnected:
      "Connect a wallet to see your roles. On the local chain, choose “Dev accounts” to act as a demo user.",
    account: "Account",
    persona: "Demo persona",
    roles: "Roles",
    noRoles: "No role: you can act as a patient.",
    capabilitiesTitle: "What you can do",
  },
  capabilities: {
    resources: {
      title: "Resource allocation",
      summary: "ICU beds, ventilators and vaccine doses shared among facilities, with a public audit trail.",
    },
    records: {
      title: "Patient record ledger",
      summary: "Diagnoses and treatments, encrypted end to end; the patient grants who writes and who reads.",
    },
    payments: {
      title: "Service payment",
      summary: "Invoices paid once, exactly, in ETH or a stablecoin, with receipts and refunds.",
    },
    comingSoon: "Coming next",
  },
  pages: {
    resources: {
      title: "Resource allocation",
      lead: "This page will hold the administrators' dashboard:",
      items: [
        "total, allocated and available units per resource type, with a chart",
        "what each facility holds, and an audit history of every change",
        "allocation, batch allocation and the facility managers' requests",
      ],
    },
    records: {
      title: "Patient record ledger",
      lead: "This page will hold the encrypted patient record ledger:",
      items: [
        "a patient's timeline, decrypted only in their browser",
        "granting and revoking doctors, and sharing chosen records",
        "adding and amending records, and export as a FHIR R4 bundle",
      ],
    },
    payments: {
      title: "Service payment",
      lead: "This page will hold invoices and payments:",
      items: [
        "a patient's open, overdue and paid invoices, paid in ETH or a stablecoin",
        "printable receipts",
        "providers issuing invoices, withdrawing, refunding and cancelling",
      ],
    },
    notFound: { title: "Page not found", back: "Back to the home page" },
  },
  roles: {
    ADMIN: "Administrator",
    DOCTOR: "Doctor",
    BILLING: "Billing office",
    ALLOCATOR: "Allocator",
    adminTitle: "Role administration",
    adminHelp: "Administrators grant and revoke roles. Every change is a transaction and is public on chain.",
    membersTitle: "Who holds which role",
    noMembers: "Nobody yet",
    role: "Role",
    address: "Address",
    addressPlaceholder: "0x…",
    grant: "Grant role",
    revoke: "Revoke",
    you: "you",
    tx: {
      grant: "Grant {{role}} to {{account}}",
      revoke: "Revoke {{role}} from {{account}}",
    },
    alreadyHolds: "This address already holds the {{role}} role.",
  },
  personas: {
    admin: "Administrator",
    doctor: "Doctor",
    patient: "Patient",
    billing: "Billing office",
    facilityManager: "Facility manager",
  },
  wallets: { browser: "Browser wallets", local: "Local development", more: "More wallets" },
  devAccounts: {
    walletName: "Dev accounts",
    title: "Act as a demo account",
    help: "anvil's unlocked development accounts on the local chain. The chain signs for them: never use them elsewhere.",
    switch: "Switch account",
    cancel: "Cancel",
    loading: "Loading the local chain's accounts…",
    unreachable: "The local chain does not answer. Start it with npm run dev.",
    other: "Unnamed account #{{index}}",
  },
  network: {
    nodeDown: "Cannot reach the {{chain}} node at {{url}}. Retrying… Data on screen may be out of date.",
    nodeBack: "Connection to the node restored.",
    notDeployed: "CareChain is not deployed on {{chain}}.",
    switchTo: "Switch to {{chain}}",
    unsupported: "Your wallet is on a network CareChain does not support.",
  },
  tx: {
    awaitingSignature: "Confirm in your wallet: {{action}}",
    pending: "Pending: {{action}}",
    confirmed: "Confirmed: {{action}}",
    failed: "Failed: {{action}}",
    hash: "Transaction {{hash}}",
  },
  validation: {
    required: "Required.",
    address: "Not an Ethereum address: 0x followed by 40 hexadecimal characters.",
    checksum: "The capitalisation does not match the address checksum: check it for a typo.",
    zeroAddress: "The zero address cannot hold a role.",
  },
  errors: {
    rejected: "You rejected the request in your wallet. Nothing was sent.",
    wrongNetwork: "Your wallet is on the wrong network. Switch network and try again.",
    nodeUnreachable: "The blockchain node cannot be reached. Check your connection and try again.",
    insufficientFunds: "Your account does not have enough ETH to pay for this transaction.",
    notConnected: "Connect a wallet first.",
    notDeployed: "CareChain is not deployed on this network.",
    reverted: "The transaction was refused by the contract: {{reason}}",
    unknown: "Something went wrong: {{message}}",
    contract: {
      AccessControlUnauthorizedAccount:
        "Account {{account}} lacks the {{neededRole}} role needed for this action.",
      AccessControlBadConfirmation: "Only the account itself can renounce its role.",
      UnknownRole: "That role does not exist.",
      LastAdmin: "The last administrator cannot be removed: grant another administrator first.",
      ZeroAddress: "The zero address cannot be used here.",
    },
  },
  common: { loading: "Loading…", close: "Close", unknownRole: "an unknown role" },
};

type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Messages<T[K]>;
};
export type MessageTree = Messages<typeof en>;
