// The workflow an editor change is about, as every step of the change sees it.
export interface EditedWorkflow {
  id: string;
  kind: "STATUS_ACTIONS" | "EMAIL_SENT_TRIGGER" | "CUSTOMER_REPLY_TRIGGER" | "CUSTOM";
  pipelineId: string | null;
}
