import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The contracts are the one source of the app's types: a field renamed in Solidity must break the build where the
 * app uses it, not surface as records that fail to open. This compiles the modules that use two fields (and all
 * they import), as `npm run typecheck` does, with the fields renamed in the generated ABIs, and expects errors
 * exactly where they are used. With hand-written mirrors of the structs, it compiled.
 */
const root = path.resolve(__dirname, "../..");
const users = [
  "app/resources/hooks/useInventory.ts",
  "app/records/ledger.ts",
  "app/records/hooks/useLedger.ts",
];
const renamed: Record<string, [string, string]> = {
  // A struct field of a list view.
  [path.join(root, "app/contracts/generated/resourceAllocation.ts")]: [
    "name: 'unit'",
    "name: 'unitOfMeasure'",
  ],
  // An event argument.
  [path.join(root, "app/contracts/generated/patientRecords.ts")]: [
    "name: 'keyForPatient'",
    "name: 'keyForThePatient'",
  ],
};

function diagnosticsWithRenamedFields() {
  const configFile = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => {
    const text = readFile(file);
    const change = renamed[path.resolve(file)];
    return text && change ? text.replaceAll(change[0], change[1]) : text;
  };
  const program = ts.createProgram(
    users.map((file) => path.join(root, file)),
    config.options,
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    file: path.relative(root, diagnostic.file?.fileName ?? ""),
    text: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  }));
}

describe("types derived from the contracts' ABIs", () => {
  it("stop compiling where a renamed struct field or event argument is used", { timeout: 120_000 }, () => {
    const errors = diagnosticsWithRenamedFields();
    expect(errors.filter((error) => error.text.includes("'unit'")).map((error) => error.file)).toContain(
      "app/resources/hooks/useInventory.ts",
    );
    expect(
      errors.filter((error) => error.text.includes("keyForPatient")).map((error) => error.file),
    ).toContain("app/records/ledger.ts");
  });
});
