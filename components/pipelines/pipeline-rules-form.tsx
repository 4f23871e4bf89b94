"use client";
// SPEC §8 the Rules tab: limit the statuses a ticket can be created in (the New ticket form, the
// channels and the events API obey it), prevent skipping statuses, prevent moving backward. Saved
// together; the server checks plan and role again.
import { useState, useTransition } from "react";
import { PIPELINE_RULE_LABEL, type PipelineRules } from "@/lib/automation";
import { savePipelineRulesAction } from "@/lib/pipelines/rules-actions";
import { runAction } from "@/components/forms/run-action";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";

interface PipelineRulesFormProps {
  pipelineId: string;
  statuses: { id: string; label: string }[];
  rules: PipelineRules;
  /** Role or plan: the rules show, but nothing can be changed. */
  locked: boolean;
}

function Rule({ id, label, hint, ...box }: { id: string; label: string; hint: string } & CheckProps) {
  return (
    <div className="flex items-start gap-3">
      <Checkbox id={id} aria-describedby={`${id}-hint`} {...box} />
      <div className="grid gap-0.5">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      </div>
    </div>
  );
}
const copy = (ids: readonly string[] | null) => (ids ? [...ids] : null);
type CheckProps = { checked: boolean; onCheckedChange: (checked: boolean) => void; disabled: boolean };

export function PipelineRulesForm({ pipelineId, statuses, rules, locked }: PipelineRulesFormProps) {
  const [shown, setShown] = useState(rules);
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<PipelineRules>) => setShown({ ...shown, ...patch });
  const save = () =>
    startTransition(async () => {
      await runAction(
        () =>
          savePipelineRulesAction({ pipelineId, rules: { ...shown, createStatusIds: copy(shown.createStatusIds) } }),
        "Rules saved.",
      );
    });
  return (
    <form
      className="grid max-w-2xl gap-5 rounded-md border p-4"
      aria-label="Pipeline rules"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Rule
        id="rule-create"
        label={PIPELINE_RULE_LABEL.createStatusIds}
        hint="New tickets (the New ticket form, channels, the events API) start only in the statuses ticked below. A channel pointing at another status files into the first allowed one and is flagged on its settings."
        checked={shown.createStatusIds !== null}
        disabled={locked}
        onCheckedChange={(on) => set({ createStatusIds: on ? statuses.slice(0, 1).map((s) => s.id) : null })}
      />
      {shown.createStatusIds !== null ? (
        <fieldset className="ml-7 grid gap-2" aria-label="Statuses a ticket can be created in">
          {statuses.map((status) => {
            const ids = shown.createStatusIds ?? [];
            const checked = ids.includes(status.id);
            return (
              <div key={status.id} className="flex items-center gap-2">
                <Checkbox
                  id={`rule-create-${status.id}`}
                  checked={checked}
                  disabled={locked || (checked && ids.length === 1)}
                  onCheckedChange={(on) =>
                    set({
                      createStatusIds: on
                        ? statuses.filter((s) => s.id === status.id || ids.includes(s.id)).map((s) => s.id)
                        : ids.filter((id) => id !== status.id),
                    })
                  }
                />
                <label htmlFor={`rule-create-${status.id}`} className="text-sm">
                  {status.label}
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <Rule
        id="rule-skipping"
        label={PIPELINE_RULE_LABEL.preventSkipping}
        hint="A ticket moves only to the next open status, or to any closed status."
        checked={shown.preventSkipping}
        disabled={locked}
        onCheckedChange={(on) => set({ preventSkipping: on })}
      />
      <Rule
        id="rule-backward"
        label={PIPELINE_RULE_LABEL.preventBackward}
        hint="A ticket never moves to a status earlier in the pipeline's order."
        checked={shown.preventBackward}
        disabled={locked}
        onCheckedChange={(on) => set({ preventBackward: on })}
      />
      <p className="text-sm text-muted-foreground">
        Super admins and users with the Account permission are not bound by these rules, and automation (email triggers,
        the reopen rule, workflows) is never blocked by them. An API key obeys them as its user does.
      </p>
      <Button type="submit" className="justify-self-start" disabled={locked || pending}>
        Save rules
      </Button>
    </form>
  );
}
