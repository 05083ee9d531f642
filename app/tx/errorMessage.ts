import type { TFunction } from "i18next";
import { allCareChainErrors } from "../contracts/errors";
import { ROLE_NAMES } from "../contracts/roleIds";
import { decodeError } from "./decodeError";

/** The sentence a user reads for any error: decoded, translated, with role names in their language. */
export function errorMessage(t: TFunction, error: unknown): string {
  const { key, values } = decodeError(error, allCareChainErrors);
  const localised = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      (ROLE_NAMES as readonly string[]).includes(value) ? t(`roles.${value as "ADMIN"}`) : value,
    ]),
  );
  const message = t(key as "errors.unknown", { ...localised, defaultValue: "" });
  return message || t("errors.unknown", { message: key.replace("errors.contract.", "") });
}
