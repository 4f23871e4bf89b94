"use client";
// Create / Rename / Delete beside the pipeline picker (admins only; the server checks too).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Pencil, Plus, Trash2 } from "lucide-react";
import type { PipelineAdminView } from "@/lib/pipelines/admin-view";
import { createPipelineAction, deletePipelineAction, renamePipelineAction } from "@/lib/pipelines/actions";
import { NameDialog } from "@/components/forms/name-dialog";
import { Button } from "@/components/ui/button";
import { CreatePipelineLocked } from "./create-pipeline-locked";
import { DeleteWithMoveDialog } from "./delete-with-move-dialog";
import { usageSentence, usageText } from "./plural";

const BASE = "/settings/objects/tickets/pipelines";
const loadPipelineName = () => import("@/lib/pipelines/schemas").then((m) => m.ZPipelineName);

export function PipelineActions({ view }: { view: PipelineAdminView }) {
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const { pipeline, usage, otherPipelines, createRefusal } = view;
  const used = usageText(usage);
  return (
    <div className="flex flex-wrap gap-2">
      {createRefusal ? (
        <CreatePipelineLocked reason={createRefusal} />
      ) : (
        <NameDialog
          title="Create pipeline"
          description="It starts with the statuses New, Waiting on contact, Waiting on us and Closed, which you can change."
          label="Pipeline name"
          submitLabel="Create pipeline"
          success="Pipeline created."
          schema={loadPipelineName}
          submit={(name) => createPipelineAction({ name })}
          onDone={({ id }) => router.push(`${BASE}/${id}/statuses`)}
          trigger={
            <Button data-testid="create-pipeline">
              <Plus aria-hidden /> Create pipeline
            </Button>
          }
          testId="create-pipeline-dialog"
        />
      )}
      <NameDialog
        title={`Rename "${pipeline.name}"`}
        label="Pipeline name"
        submitLabel="Rename"
        success="Pipeline renamed."
        schema={loadPipelineName}
        initialValue={pipeline.name}
        submit={(name) => renamePipelineAction({ pipelineId: pipeline.id, name })}
        trigger={
          <Button variant="outline" data-testid="rename-pipeline">
            <Pencil aria-hidden /> Rename
          </Button>
        }
        testId="rename-pipeline-dialog"
      />
      <Button variant="outline" onClick={() => setDeleting(true)} data-testid="delete-pipeline">
        <Trash2 aria-hidden /> Delete pipeline
      </Button>
      <DeleteWithMoveDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete "${pipeline.name}"?`}
        description={
          used
            ? `${usageSentence(usage, "this pipeline")}. Choose a status in another pipeline for them; then the pipeline, its statuses and its automation are deleted.`
            : "Its statuses, automation settings and status actions are deleted too. This cannot be undone."
        }
        blocked={
          otherPipelines.length === 0 ? "This is the only pipeline. Create another one before deleting it." : null
        }
        moveTargets={used ? otherPipelines.map((p) => ({ label: p.name, statuses: p.statuses })) : null}
        confirmLabel="Delete pipeline"
        success={`Pipeline "${pipeline.name}" deleted.`}
        confirm={(moveToStatusId) => deletePipelineAction({ pipelineId: pipeline.id, moveToStatusId })}
        onDone={() => router.push(BASE)}
        testId="delete-pipeline-dialog"
      />
    </div>
  );
}
