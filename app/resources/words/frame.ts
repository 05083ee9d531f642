/** How the resources capability appears in the frame (navigation, home page card, page title): loaded with the app. */
export const frame = {
  en: {
    nav: "Resources",
    title: "Resource allocation",
    summary: "ICU beds, ventilators and vaccine doses shared among facilities, with a public audit trail.",
  },
  "zh-CN": {
    nav: "资源",
    title: "资源分配",
    summary: "在各机构之间分配 ICU 床位、呼吸机和疫苗，并保留公开的审计记录。",
  },
} as const;
