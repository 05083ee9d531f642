/** English for the frame of every page (header, banners, wallet, transactions): loaded with the app. */
export const enShell = {
  app: {
    name: "CareChain",
    tagline: "Medical resources, patient-controlled records and medical bills on smart contracts.",
    skipToContent: "Skip to content",
  },
  nav: {
    main: "Main",
    menu: "Menu",
  },
  language: { label: "Language", en: "English", "zh-CN": "简体中文" },
  addresses: { showFull: "Show full addresses" },
  wallet: {
    connect: "Connect Wallet",
    network: "Network",
    networkNamed: "Network: {{name}}, change network",
    wrongNetwork: "Wrong network",
    account: "Account {{address}}",
  },
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
  pages: {
    notFound: { title: "Page not found", back: "Back to the home page" },
  },
  personas: {
    admin: "Administrator",
    doctor: "Doctor",
    patient: "Patient",
    billing: "Billing office",
    facilityManager: "Facility manager",
  },
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
    dismissOne: "Dismiss the report on {{action}}",
    announce: {
      signing: "{{action}}: confirm in your wallet.",
      pending: "{{action}}: sent, waiting for the network.",
      confirmed: "{{action}}: done.",
      failed: "{{action}} failed. {{detail}}",
    },
  },
  common: {
    goTo: "Go to {{place}}",
    loading: "Loading…",
    close: "Close",
    unknownRole: "an unknown role",
    loadMore: "Load more",
    choose: "Choose…",
    scrollList: "{{list}}, scrollable",
    previous: "Previous",
    next: "Next",
    range: "{{first}}–{{last}} of {{total}}",
  },
};
