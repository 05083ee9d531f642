import "i18next";
import type { CapabilityName } from "../capabilities";
import type { words as explorer } from "../explorer/words/en";
import type { Catalogue } from "../i18n/messages";
import type { words as payments } from "../payments/words/en";
import type { words as records } from "../records/words/en";
import type { words as resources } from "../resources/words/en";
import type { Frame } from "./capabilityWords";

/**
 * Every message key the app may ask for, typed: the frame's and the pages' shared words, each capability's frame
 * (`capability.<name>.nav`…) and each capability's own words. A capability with words adds its type here.
 */
type AllWords = Catalogue &
  typeof resources &
  typeof records &
  typeof payments &
  typeof explorer & { capability: Record<CapabilityName, Frame["en"]> };

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: AllWords };
  }
}
