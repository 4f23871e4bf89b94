import type { AutomateView } from "@/lib/automate/automate-view";
import type { TActionType } from "@/lib/workflows/action-types/registry";

export type Lane = AutomateView["lanes"][number];
export type LaneAction = NonNullable<Lane["workflow"]>["actions"][number];

/** A status's chain as this client read it: the version goes back with every change. */
export interface ChainRef {
  pipelineId: string;
  statusId: string;
  statusLabel: string;
  workflowId: string | null;
  version: number;
}

export type PanelState =
  { kind: "add"; chain: ChainRef; type: TActionType } | { kind: "edit"; chain: ChainRef; action: LaneAction };

export function chainOf(pipelineId: string, { status, workflow }: Lane): ChainRef {
  return {
    pipelineId,
    statusId: status.id,
    statusLabel: status.label,
    workflowId: workflow?.id ?? null,
    version: workflow?.version ?? 0,
  };
}
