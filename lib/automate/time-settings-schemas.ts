// The Automate tab's SLA section and reopen-window row (SPEC §9): the forms' input, parsed again
// by their server actions. Free of server imports.
import { z } from "zod";
import { ZSlaPolicy } from "@/lib/sla/sla-policy";
import { ZReopenWindowDays } from "./reopen-window-schema";

const ZId = z.string().min(1).max(100);
const ZExpectedVersion = z.number().int().min(0);

export const ZSaveSla = z.object({ pipelineId: ZId, expectedVersion: ZExpectedVersion, sla: ZSlaPolicy });
export type TSaveSla = z.infer<typeof ZSaveSla>;

export const ZSetReopenWindow = z.object({
  pipelineId: ZId,
  expectedVersion: ZExpectedVersion,
  reopenWindowDays: ZReopenWindowDays,
});
export type TSetReopenWindow = z.infer<typeof ZSetReopenWindow>;
