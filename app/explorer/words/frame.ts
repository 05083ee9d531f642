/** How the contract explorer appears in the frame (dev build only): loaded with the app. */
export const frame = {
  en: { nav: "Contracts", title: "Contract explorer" },
  "zh-CN": { nav: "合约", title: "合约浏览器" },
} as const;
