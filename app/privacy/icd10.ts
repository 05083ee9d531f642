/**
 * ICD-10's code shape, once for the app: a letter, a digit, a digit or letter (the category), then optionally a
 * dot and up to four more characters. The record form checks a typed code against it; the health-text check looks
 * for it anywhere in public text.
 */
export const ICD10_CATEGORY = "[A-Z][0-9][0-9A-Z]";
export const ICD10_SUBCATEGORY = "[0-9A-Z]{1,4}";

/** A whole ICD-10 code, as a record's optional code field takes it (J10.1, E11). */
export const ICD10_FORM = new RegExp(`^${ICD10_CATEGORY}(\\.${ICD10_SUBCATEGORY})?$`);
