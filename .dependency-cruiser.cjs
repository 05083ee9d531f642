/**
 * The app's layers, lowest first. A folder may import its own layer and the ones below, never above: shared code
 * knows no capability, and capabilities know each other only through the shell that composes them. Cycles between
 * modules are refused outright. `npm run lint` runs this.
 */
const fs = require("node:fs");

const layers = [
  ["i18n", "ui"],
  ["privacy"],
  ["chain"],
  ["contracts"],
  ["sync"],
  ["tx", "directory"],
  ["roles"],
  ["home", "resources", "records", "payments", "explorer"],
  ["shell"],
];

const folder = (name) => `^app/${name}/`;
const above = (index) => layers.slice(index + 1).flat();

const layerRules = layers.flatMap((names, index) =>
  names.map((name) => ({
    name: `${name}-stays-below`,
    comment: `app/${name} is in layer ${index}: it may not import ${above(index).join(", ") || "anything above"}.`,
    severity: "error",
    from: { path: folder(name) },
    to: { path: above(index).length ? `^app/(${above(index).join("|")})/` : "^$" },
  })),
);

// Capabilities side by side never import one another.
const capabilities = layers[7];
const capabilityRules = capabilities.map((name) => ({
  name: `${name}-is-self-contained`,
  comment: `app/${name} may not import another capability (${capabilities.filter((other) => other !== name).join(", ")}).`,
  severity: "error",
  from: { path: folder(name) },
  to: { path: `^app/(${capabilities.filter((other) => other !== name).join("|")})/` },
}));

// A folder in no layer would be invisible to every rule above: it is refused outright.
const layered = layers.flat();
const unlayered = fs
  .readdirSync("app", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !layered.includes(entry.name))
  .map((entry) => entry.name);
const unlayeredRule = {
  name: "every-folder-has-a-layer",
  comment: `app/${unlayered.join(", app/")} is in no layer: add it to the layers in .dependency-cruiser.cjs.`,
  severity: "error",
  from: { path: unlayered.length ? `^app/(${unlayered.join("|")})/` : "^$" },
  to: {},
};

module.exports = {
  forbidden: [
    unlayeredRule,
    {
      name: "no-circular",
      comment: "A cycle makes two modules one: split what they share into a module both import.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    ...capabilityRules,
  ],
  options: {
    includeOnly: "^app/",
    exclude: { path: "^app/contracts/generated/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
  },
};
