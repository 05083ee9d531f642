/** Offers a JSON document as a file download, without leaving the browser. */
export function downloadJson(filename: string, value: unknown) {
  downloadText(filename, "application/fhir+json", JSON.stringify(value, null, 2));
}

/** Offers text as a file download, without leaving the browser. */
export function downloadText(filename: string, type: string, text: string) {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
