"use client";
// Enrollment criteria as the source product models them (SPEC §5, issue 14 item 4): filter
// groups — a ticket enrols when it matches ANY group, and a group when it matches EVERY filter in
// it. The default exclusion of live chat and Messenger is a filter like any other ("Source is none
// of Chat, Facebook Messenger"), so a group "Source is Chat" lets chat tickets in as well.
import { useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { errorAt } from "@/components/automate/status-actions/editors/fields";
import type { EditorContext } from "@/lib/workflows/action-types/editor-types";
import type { EnrollmentFilter } from "@/lib/automation";
import { MAX_FILTER_GROUPS, MAX_FILTERS_PER_GROUP } from "@/lib/workflows/enrollment-filter-schema";
import type { TWorkflowSettings } from "@/lib/workflows/editor/schemas";
import { EnrollmentFilterRow } from "./enrollment-filter-row";

/** What "Add filter" starts with: the opt-in the source product's article shows (a new object each time). */
const newFilter = (): EnrollmentFilter => ({ property: "source", operator: "is", value: "CHAT" });

/** React keys of a group and of its rows. */
interface GroupKeys {
  group: string;
  rows: string[];
}

/** Keys that follow the groups and rows (not their positions), so adding or removing one remounts no other. */
function useRowKeys(groups: Groups) {
  const next = useRef(0);
  const fresh = () => `k${next.current++}`;
  const keysOf = (gs: Groups): GroupKeys[] => gs.map((group) => ({ group: fresh(), rows: group.map(fresh) }));
  const [keys, setKeys] = useState<GroupKeys[]>(() => keysOf(groups));
  // Kept in step if the values change shape by other means (a reset after saving keeps the shape).
  const inStep = keys.length === groups.length && keys.every((k, g) => k.rows.length === groups[g]?.length);
  if (inStep) return { keys, setKeys, fresh };
  const renewed = keysOf(groups);
  setKeys(renewed); // React's "state from props" pattern: re-renders at once with these keys
  return { keys: renewed, setKeys, fresh };
}

type Groups = TWorkflowSettings["enrollmentFilterGroups"];

interface EnrollmentFilterGroupsFieldProps {
  form: UseFormReturn<TWorkflowSettings>;
  /** The account's users (ticket owner) — the action editors' pick lists. */
  context: EditorContext;
}

export function EnrollmentFilterGroupsField({ form, context }: EnrollmentFilterGroupsFieldProps) {
  const groups: Groups = form.watch("enrollmentFilterGroups") ?? [];
  const { keys, setKeys, fresh } = useRowKeys(groups);
  const [shape, setShape] = useState(0);
  // Where the keyboard goes after a row or group is added or removed (never to <body>).
  const focusNext = useRef<string | null>(null);
  const root = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const key = focusNext.current;
    if (!key || !root.current) return;
    focusNext.current = null;
    // The first control inside the marked place (a row's Property select, or the button it wraps).
    const place = root.current.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    place?.querySelector<HTMLElement>('[role="combobox"], button')?.focus();
  }, [shape]);

  // Each change starts from the form's values as they are now (not this render's copy: two quick
  // presses must not undo each other) and writes the groups and their row keys together.
  const write = (change: (now: Groups, groupKeys: GroupKeys[]) => [Groups, GroupKeys[]], focus: string) => {
    const [next, nextKeys] = change(form.getValues("enrollmentFilterGroups") ?? [], keys);
    form.setValue("enrollmentFilterGroups", next, { shouldDirty: true, shouldTouch: true });
    setKeys(nextKeys);
    focusNext.current = focus;
    setShape((n) => n + 1);
  };
  const addGroup = () =>
    write(
      (now, k) => [
        [...now, [newFilter()]],
        [...k, { group: fresh(), rows: [fresh()] }],
      ],
      `filter-${groups.length}-0`,
    );
  const removeGroup = (g: number) => write((now, k) => [now.toSpliced(g, 1), k.toSpliced(g, 1)], "add-group");
  const addFilter = (g: number) =>
    write(
      (now, k) => [
        now.map((group, i) => (i === g ? [...group, newFilter()] : group)),
        k.map((gk, i) => (i === g ? { ...gk, rows: [...gk.rows, fresh()] } : gk)),
      ],
      `filter-${g}-${groups[g]?.length ?? 0}`,
    );
  const removeFilter = (g: number, f: number) => {
    // A group left without filters is removed with its last one (an empty group would match every ticket).
    if ((form.getValues(`enrollmentFilterGroups.${g}`) ?? []).length <= 1) return removeGroup(g);
    write(
      (now, k) => [
        now.map((grp, i) => (i === g ? grp.toSpliced(f, 1) : grp)),
        k.map((gk, i) => (i === g ? { ...gk, rows: gk.rows.toSpliced(f, 1) } : gk)),
      ],
      `add-filter-${g}`,
    );
  };
  const listError = errorAt(form, "enrollmentFilterGroups");

  return (
    <fieldset ref={root} className="grid gap-2" data-testid="enrollment-criteria">
      <legend className="text-sm font-medium">Enrollment criteria</legend>
      <p id="enrollment-criteria-help" className="text-xs text-muted-foreground">
        A ticket enrolls when it matches every filter of at least one group. Workflows leave out live chat and Facebook
        Messenger with the filter “Source is none of Chat, Facebook Messenger”; add a group “Source is Chat” to include
        chat tickets as well, or change the filter.
      </p>
      {groups.length === 0 ? (
        <p className="text-sm" data-testid="enrollment-no-filters">
          No filters: every ticket that meets the trigger enrolls.
        </p>
      ) : null}
      {groups.map((group, g) => {
        const groupError = errorAt(form, `enrollmentFilterGroups.${g}`);
        return (
          <div key={keys[g]?.group ?? g} className="grid gap-2">
            {g > 0 ? (
              <p className="text-xs font-semibold uppercase tracking-wide text-muted-foreground" aria-hidden>
                or
              </p>
            ) : null}
            <fieldset
              className="grid gap-2 rounded-md border bg-muted/30 p-3"
              data-testid="enrollment-filter-group"
              aria-describedby={groupError ? `filter-group-${g}-error` : undefined}
            >
              <legend className="px-1 text-sm font-medium">
                Group {g + 1}
                {g > 0 ? <span className="sr-only"> (or)</span> : null}
              </legend>
              {group.map((_, f) => (
                <div key={keys[g]?.rows[f] ?? f} className="grid gap-2">
                  {f > 0 ? (
                    <p className="text-xs font-semibold uppercase tracking-wide text-muted-foreground" aria-hidden>
                      and
                    </p>
                  ) : null}
                  <EnrollmentFilterRow
                    form={form}
                    context={context}
                    group={g}
                    index={f}
                    onRemove={() => removeFilter(g, f)}
                  />
                </div>
              ))}
              {groupError ? (
                <p id={`filter-group-${g}-error`} className="text-sm text-destructive">
                  {groupError}
                </p>
              ) : null}
              <div className="flex flex-wrap gap-2">
                <span data-focus-key={`add-filter-${g}`}>
                  <Button
                    type="button"
                    variant="outline"
                    size="sm"
                    disabled={group.length >= MAX_FILTERS_PER_GROUP}
                    onClick={() => addFilter(g)}
                  >
                    <Plus aria-hidden /> Add filter <span className="sr-only">to group {g + 1}</span>
                  </Button>
                </span>
                <Button type="button" variant="ghost" size="sm" onClick={() => removeGroup(g)}>
                  <Trash2 aria-hidden /> Remove group <span className="sr-only">{g + 1}</span>
                </Button>
              </div>
            </fieldset>
          </div>
        );
      })}
      {listError ? <p className="text-sm text-destructive">{listError}</p> : null}
      <span data-focus-key="add-group" className="justify-self-start">
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={groups.length >= MAX_FILTER_GROUPS}
          onClick={addGroup}
        >
          <Plus aria-hidden /> Add filter group
        </Button>
      </span>
    </fieldset>
  );
}
