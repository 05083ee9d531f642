import { stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { type InvoiceRow, statusOf, toInvoices } from "./invoices";

const now = 1_800_000_000;
const active = { refunded: 0n, providerActive: true };

describe("statusOf", () => {
  it("calls an open invoice overdue once its due date has passed", () => {
    expect(statusOf({ ...active, status: 1 }, now + 60, now)).toBe("open");
    expect(statusOf({ ...active, status: 1 }, now - 60, now)).toBe("overdue");
    expect(statusOf({ ...active, status: 1 }, undefined, now)).toBe("open");
  });

  it("says an open invoice of a former provider cannot be paid", () => {
    expect(statusOf({ ...active, status: 1, providerActive: false }, now + 60, now)).toBe("providerGone");
  });

  it("tells a partly refunded invoice from a paid and a fully refunded one", () => {
    expect(statusOf({ ...active, status: 2 }, 0, now)).toBe("paid");
    expect(statusOf({ ...active, status: 2, refunded: 5n }, 0, now)).toBe("partlyRefunded");
    expect(statusOf({ ...active, status: 4, refunded: 5n }, 0, now)).toBe("refunded");
    expect(statusOf({ ...active, status: 3 }, 0, now)).toBe("cancelled");
  });
});

describe("toInvoices", () => {
  const row: InvoiceRow = {
    id: 7n,
    invoice: {
      provider: "0x976EA74026E726554dB657fA54763abd0C3a0aa9",
      status: 1,
      issuedAtBlock: 40,
      paidAtBlock: 0,
      patient: "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
      previousOfPatient: 0,
      previousOfProvider: 0,
      currency: "0x0000000000000000000000000000000000000000",
      amount: 5n,
    },
    settlement: { payer: "0x0000000000000000000000000000000000000000", refunded: 0n },
    providerActive: true,
  };

  it("shows storage at once and adds the event's details when they arrive", () => {
    expect(toInvoices([row], [], now)[0]).toMatchObject({
      id: 7n,
      status: "open",
      issuedAtBlock: 40n,
      details: undefined,
    });
    const issued = {
      args: {
        invoiceId: 7n,
        provider: row.invoice.provider,
        patient: row.invoice.patient,
        currency: row.invoice.currency,
        amount: row.invoice.amount,
        dueDate: BigInt(now - 1),
        serviceCode: stringToHex("CPT-99213", { size: 32 }),
        description: "Consultation",
      },
      transactionHash: `0x${"ab".repeat(32)}` as const,
    };
    expect(toInvoices([row], [issued], now)[0]).toMatchObject({
      status: "overdue",
      details: { serviceCode: "CPT-99213", description: "Consultation", dueDate: now - 1 },
    });
  });
});
