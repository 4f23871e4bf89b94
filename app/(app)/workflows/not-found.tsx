import { MissingPage } from "@/components/shell/missing-page";

export default function WorkflowNotFound() {
  return (
    <MissingPage title="Workflow not found" href="/workflows" linkLabel="Go to workflows">
      This workflow may have been deleted, or the link is wrong.
    </MissingPage>
  );
}
