"use client";

import { useState } from "react";
import { Download } from "lucide-react";
import { exportAutomationAction } from "@/lib/automate/settings-actions";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/forms/run-action";

/** SPEC §7 config as code: downloads the pipeline's automation document as a JSON file. */
export function ExportAutomationButton({
  pipelineId,
  pipelineName,
  disabled,
}: {
  pipelineId: string;
  pipelineName: string;
  disabled: boolean;
}) {
  const [pending, setPending] = useState(false);

  async function download() {
    setPending(true);
    const result = await runAction(() => exportAutomationAction({ pipelineId }), "Automation exported.");
    setPending(false);
    if (!result.ok) return;
    const blob = new Blob([`${JSON.stringify(result.data, null, 2)}\n`], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${pipelineName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-automation.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <Button
      variant="outline"
      size="sm"
      onClick={download}
      disabled={disabled || pending}
      data-testid="export-automation"
    >
      <Download aria-hidden /> Export JSON
    </Button>
  );
}
