/** How the records capability appears in the frame (navigation, home page card, page title): loaded with the app. */
export const frame = {
  en: {
    nav: "Records",
    title: "Patient record ledger",
    summary: "Diagnoses and treatments, encrypted end to end; the patient grants who writes and who reads.",
  },
  "zh-CN": {
    nav: "病历",
    title: "患者病历账本",
    summary: "诊断和治疗端到端加密；由患者决定谁可以写入、谁可以读取。",
  },
} as const;
