import { type CapabilityName, capabilitiesOf } from "../capabilities";
import { addWords, type Language, loadWords, registerWords, type WordLoaders } from "../i18n";

// The developers' tools (the contract explorer): in the dev build, and in a build made with VITE_DEV_TOOLS=on.
// Written out where it is used: Vite replaces it with a constant there, and a build without them drops their code.
const devTools = import.meta.env.DEV || import.meta.env.VITE_DEV_TOOLS === "on";

/** What a capability shows in the frame: its name in the navigation, its title and the home page's summary. */
export type Frame = Record<Language, { nav: string; title: string; summary?: string }>;

// Every capability's frame words come with the app (a few words each); its page words with its pages. The
// developers' tools' words are not even in a build without them.
const frames = {
  ...import.meta.glob<Frame>(["../*/words/frame.ts", "!../explorer/**"], { eager: true, import: "frame" }),
  ...(devTools
    ? import.meta.glob<Frame>("../explorer/words/frame.ts", { eager: true, import: "frame" })
    : {}),
};
const pageWords = {
  ...import.meta.glob<object>(["../*/words/{en,zh-CN}.ts", "!../explorer/**"], { import: "words" }),
  ...(devTools ? import.meta.glob<object>("../explorer/words/{en,zh-CN}.ts", { import: "words" }) : {}),
};
const capabilities = capabilitiesOf(devTools);

const frameOf = (name: CapabilityName) => {
  const frame = frames[`../${name}/words/frame.ts`];
  if (!frame)
    throw new Error(`app/${name}/words/frame.ts is missing: every capability names itself in the frame`);
  return frame;
};

addWords({
  en: { capability: Object.fromEntries(capabilities.map(({ name }) => [name, frameOf(name).en])) },
  "zh-CN": { capability: Object.fromEntries(capabilities.map(({ name }) => [name, frameOf(name)["zh-CN"]])) },
});

for (const { name, words } of capabilities) {
  if (!words) continue;
  const loader = (language: Language) => pageWords[`../${name}/words/${language}.ts`];
  const loaders = { en: loader("en"), "zh-CN": loader("zh-CN") };
  if (!loaders.en || !loaders["zh-CN"]) throw new Error(`app/${name}/words/ needs en.ts and zh-CN.ts`);
  registerWords(name, loaders as WordLoaders);
}

/** The words a capability's pages need: its own (if it has any), in English and the current language. */
export const loadCapabilityWords = (name: CapabilityName) =>
  capabilities.find((capability) => capability.name === name)?.words ? loadWords(name) : Promise.resolve();
