import { generateMnemonic, mnemonicToEntropy, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english";

/** A recovery kit is 24 words from BIP-39's English list: 256 bits of entropy and a checksum. */
export const KIT_WORDS = 24;

/** A new kit, made in this browser: the words alone unlock the records key on any device. */
export function newRecoveryKit(): string[] {
  return generateMnemonic(wordlist, 256).split(" ");
}

/**
 * Words as a person types or pastes them back: case, extra spaces, line breaks and the printed numbering ("1.",
 * "2)") do not matter.
 */
export function normalizeKit(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b\d+[.)]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

/** Whether `text` is a whole kit: 24 words of the list with a valid checksum (one mistyped word fails). */
export const isRecoveryKit = (text: string) => {
  const words = normalizeKit(text);
  return words.split(" ").length === KIT_WORDS && validateMnemonic(words, wordlist);
};

/** The kit's 32 bytes of entropy; throws when `text` is not a kit. */
export function kitEntropy(text: string): Uint8Array {
  if (!isRecoveryKit(text)) throw new Error("Not a recovery kit");
  return mnemonicToEntropy(normalizeKit(text), wordlist);
}

/** `count` distinct word positions (0-based, ascending) a person types back to show the kit was written down. */
export function positionsToConfirm(count = 3, random: () => number = Math.random): number[] {
  const positions = new Set<number>();
  while (positions.size < count) positions.add(Math.floor(random() * KIT_WORDS));
  return [...positions].sort((a, b) => a - b);
}
