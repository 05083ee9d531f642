import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { enShell } from "./en/shell";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = "carechain.language";

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  return navigator.language.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/**
 * Messages come in two parts per language: the frame of every page (with the app) and the pages themselves (with
 * the first page, from `loadPageMessages`). English is the fallback; another language loads when first chosen.
 */
type Part = "shell" | "pages";
const importers: Record<`${Language}:${Part}`, () => Promise<object>> = {
  "en:shell": async () => enShell,
  "en:pages": () => import("./en/pages").then((module) => module.enPages),
  "zh-CN:shell": () => import("./zh-CN/shell").then((module) => module.zhShell),
  "zh-CN:pages": () => import("./zh-CN/pages").then((module) => module.zhPages),
};
const loaded = new Set<string>(["en:shell"]);
let pagesWanted = false;

async function load(language: Language, part: Part) {
  const key = `${language}:${part}` as const;
  if (loaded.has(key)) return;
  i18n.addResourceBundle(language, "translation", await importers[key](), true, true);
  loaded.add(key);
}

/** The pages' messages in English (the fallback) and in the current language; pages wait for this. */
export async function loadPageMessages() {
  pagesWanted = true;
  await Promise.all([load("en", "pages"), load(i18n.language as Language, "pages")]);
}

const language = initialLanguage();
await i18n.use(initReactI18next).init({
  resources: { en: { translation: enShell } },
  lng: language,
  fallbackLng: "en",
  interpolation: { escapeValue: false },
  // i18next otherwise prints an advertisement in every visitor's console.
  showSupportNotice: false,
});
await load(language, "shell");
await i18n.changeLanguage(language);
document.documentElement.lang = language;

export async function setLanguage(next: Language) {
  await Promise.all([load(next, "shell"), pagesWanted ? load(next, "pages") : undefined]);
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  return i18n.changeLanguage(next);
}

export default i18n;
