import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "carechain.language";

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** English is always in the bundle (it is the fallback); other languages load when first chosen. */
async function loadMessages(language: Language) {
  if (language === "en" || i18n.hasResourceBundle(language, "translation")) return;
  const { zhCN } = await import("./zh-CN");
  i18n.addResourceBundle(language, "translation", zhCN);
}

const language = initialLanguage();
await i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: language,
  fallbackLng: "en",
  interpolation: { escapeValue: false },
});
await loadMessages(language);
await i18n.changeLanguage(language);
document.documentElement.lang = language;

export async function setLanguage(next: Language) {
  await loadMessages(next);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  return i18n.changeLanguage(next);
}

export default i18n;
