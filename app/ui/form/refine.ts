import { z } from "zod";

/** Adds a refusal to one field from inside a transform (a rule that needs several fields, or what the chain holds). */
export function refuse(context: z.RefinementCtx, path: string, message: string): never {
  context.addIssue({ code: "custom", path: [path], message });
  return z.NEVER as never;
}
