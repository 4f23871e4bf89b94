// Inputs of the status-action server actions (SPEC §5), shared by the side-panel forms and the
// server. Every chain change carries the workflow version the client read (0: no workflow yet).
import { z } from "zod";
import { ZAction } from "@/lib/workflows/action-types/registry";

const ZId = z.string().min(1).max(100);
const ZVersion = z.number().int().min(0);

export const ZAddStatusAction = z.object({
  pipelineId: ZId,
  statusId: ZId,
  expectedVersion: ZVersion,
  action: ZAction,
  /** Where the new bubble goes in the chain; the end when omitted. */
  index: z.number().int().min(0).optional(),
});
export type TAddStatusAction = z.infer<typeof ZAddStatusAction>;

export const ZUpdateStatusAction = z.object({
  actionId: ZId,
  expectedVersion: ZVersion,
  action: ZAction,
});
export type TUpdateStatusAction = z.infer<typeof ZUpdateStatusAction>;

export const DELETE_MODES = ["only", "following"] as const;
export const ZDeleteStatusAction = z.object({
  actionId: ZId,
  expectedVersion: ZVersion,
  /** "only": this bubble; "following": this bubble and every bubble after it. */
  mode: z.enum(DELETE_MODES),
});
export type TDeleteStatusAction = z.infer<typeof ZDeleteStatusAction>;

export const ZActionRef = z.object({ actionId: ZId });
export type TActionRef = z.infer<typeof ZActionRef>;

export const ZAddActionComment = z.object({
  actionId: ZId,
  body: z.string().trim().min(1, "Write a comment").max(2000, "Use at most 2000 characters"),
});
export type TAddActionComment = z.infer<typeof ZAddActionComment>;

export const ZDeleteActionComment = z.object({ commentId: ZId });
export type TDeleteActionComment = z.infer<typeof ZDeleteActionComment>;
