/** How the payments capability appears in the frame (navigation, home page card, page title): loaded with the app. */
export const frame = {
  en: {
    nav: "Payments",
    title: "Service payment",
    summary: "Invoices paid once, exactly, in ETH or a stablecoin, with receipts and refunds.",
  },
  "zh-CN": { nav: "支付", title: "服务支付", summary: "以 ETH 或稳定币一次性足额支付账单，提供收据与退款。" },
} as const;
