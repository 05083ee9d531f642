/** How the home capability appears in the frame (navigation, home page card, page title): loaded with the app. */
export const frame = {
  en: { nav: "Home", title: "Home" },
  "zh-CN": { nav: "首页", title: "首页" },
} as const;
