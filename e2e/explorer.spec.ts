import type { Page } from "@playwright/test";
import { careRolesAbi } from "../app/contracts/generated/careRoles";
import { roleId } from "../app/contracts/roleIds";
import { e2eDeployment } from "./fixtures/deployment";
import { devToolsBuilt } from "./fixtures/ports";
import { addressOf, chain, expect, test } from "./fixtures/test";

const fn = (page: Page, name: string) => page.locator(`details[data-function="${name}"]`);

test("the contract explorer reads a view and sends a write with typed inputs, through the app's flows", async ({
  actAs,
}) => {
  // A developers' tool: in the dev build, and in this suite's build (VITE_DEV_TOOLS=on).
  test.skip(!devToolsBuilt(), "the contract explorer is built only with the developers' tools");
  const ada = await actAs("ada", "/contracts");
  await ada.getByLabel("Contract").selectOption("CareRoles");
  await expect(ada.getByTestId("explorer-address")).toHaveText(
    e2eDeployment().contracts.CareRoles?.address as string,
  );

  const isProvider = fn(ada, "isProvider");
  await isProvider.locator("summary").click();
  await isProvider.getByLabel("account (address)").fill(addressOf("billing"));
  await isProvider.getByRole("button", { name: "Read" }).click();
  await expect(isProvider.getByTestId("result-isProvider")).toHaveText("true");

  const grant = fn(ada, "grantRole");
  await grant.locator("summary").click();
  const blockBefore = await chain.getBlockNumber();
  await grant.getByLabel("role (bytes32)").fill("0x12");
  await grant.getByLabel("account (address)").fill(addressOf("noor"));
  await grant.getByRole("button", { name: "Send" }).click();
  await expect(grant.getByText("Wrong number of bytes for this type.")).toBeVisible();
  expect(await chain.getBlockNumber()).toBe(blockBefore);

  await grant.getByLabel("role (bytes32)").fill(roleId("DOCTOR"));
  await grant.getByRole("button", { name: "Send" }).click();
  await expect(ada.getByText(/^Confirmed: Call CareRoles.grantRole/)).toBeVisible();
  expect(
    await chain.readContract({
      address: e2eDeployment().contracts.CareRoles?.address as `0x${string}`,
      abi: careRolesAbi,
      functionName: "hasRole",
      args: [roleId("DOCTOR"), addressOf("noor")],
    }),
  ).toBe(true);

  // A revert is decoded into words before anything is sent.
  const revoke = fn(ada, "revokeRole");
  await revoke.locator("summary").click();
  await revoke.getByLabel("role (bytes32)").fill(roleId("ADMIN"));
  await revoke.getByLabel("account (address)").fill(addressOf("ada"));
  const beforeRevoke = await chain.getBlockNumber();
  await revoke.getByRole("button", { name: "Send" }).click();
  await expect(revoke.getByTestId("result-revokeRole")).toHaveText(
    "The last administrator cannot be removed: grant another administrator first.",
  );
  expect(await chain.getBlockNumber()).toBe(beforeRevoke);
});
