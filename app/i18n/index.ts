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
 * Messages come in sets, each in every language: the frame of every page ("shell", with the app), what pages share
 * ("pages": roles, forms, errors), and each capability's own words (registered by the shell, loaded with the
 * capability's pages). A set is loaded in English (the fallback) and the current language when first wanted, and
 * in a language chosen later as soon as it is chosen.
 */
export type WordLoaders = Record<Language, () => Promise<object>>;
const sets = new Map<string, WordLoaders>([
  [
    "shell",
    { en: async () => enShell, "zh-CN": () => import("./zh-CN/shell").then((module) => module.zhShell) },
  ],
  [
    "pages",
    {
      en: () => import("./en/pages").then((module) => module.enPages),
      "zh-CN": () => import("./zh-CN/pages").then((module) => module.zhPages),
    },
  ],
]);
const wanted = new Set<string>(["shell"]);
const loaded = new Map<string, Promise<void>>([["shell:en", Promise.resolve()]]);

function load(set: string, language: Language): Promise<void> {
  const key = `${set}:${language}`;
  let loading = loaded.get(key);
  if (!loading) {
    loading = (sets.get(set) as WordLoaders)[language]().then((words) => {
      i18n.addResourceBundle(language, "translation", words, true, true);
    });
    loading.catch(() => loaded.delete(key));
    loaded.set(key, loading);
  }
  return loading;
}

/** A set of words that loads on demand: `loadWords(name)` once it is wanted. */
export function registerWords(name: string, loaders: WordLoaders) {
  sets.set(name, loaders);
}

/** A set's words in English and in the current language; a page waits for its sets. */
export async function loadWords(name: string) {
  wanted.add(name);
  await Promise.all([load(name, "en"), load(name, i18n.language as Language)]);
}

/** Words the app has at once, in every language (the capabilities' names in the frame). */
export function addWords(words: Record<Language, object>) {
  for (const language of LANGUAGES)
    i18n.addResourceBundle(language, "translation", words[language], true, true);
}

/** The messages every page shares (roles, forms, errors), in English and the current language. */
export const loadPageMessages = () => loadWords("pages");

const language = initialLanguage();
await i18n.use(initReactI18next).init({
  resources: { en: { translation: enShell } },
  lng: language,
  fallbackLng: "en",
  interpolation: { escapeValue: false },
  // i18next otherwise prints an advertisement in every visitor's console.
  showSupportNotice: false,
});
await load("shell", language);
await i18n.changeLanguage(language);
document.documentElement.lang = language;

export async function setLanguage(next: Language) {
  await Promise.all([...wanted].map((set) => load(set, next)));
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  return i18n.changeLanguage(next);
}

export default i18n;
