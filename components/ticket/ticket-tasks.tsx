"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { addTaskAction, setTaskDoneAction } from "@/lib/tickets/task-actions";
import { ZAddTask, type TAddTask, type TAddTaskInput } from "@/lib/tickets/task-schemas";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { runAction, showFieldIssues } from "@/components/forms/run-action";
import { errorAt } from "@/components/automate/status-actions/editors/fields";
import { formatZoned } from "@/lib/utils/zoned-time";

interface TaskItem {
  id: string;
  title: string;
  dueAt: Date | null;
  doneAt: Date | null;
  assignee: { name: string } | null;
}

/** The ticket's tasks: tick one off, or add one. Due times read in the account's zone. */
export function TicketTasks({ ticketId, tasks, timeZone }: { ticketId: string; tasks: TaskItem[]; timeZone: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const form = useForm<TAddTaskInput, unknown, TAddTask>({
    resolver: zodResolver(ZAddTask),
    defaultValues: { ticketId, title: "" },
  });
  const toggle = (taskId: string, done: boolean) =>
    startTransition(async () => {
      await runAction(() => setTaskDoneAction({ ticketId, taskId, done }), done ? "Task done." : "Task reopened.");
      router.refresh();
    });
  const onSubmit = form.handleSubmit(async (input) => {
    const result = await runAction(() => addTaskAction(input), "Task added.");
    if (!result.ok) return showFieldIssues(form, result.error.issues);
    form.reset({ ticketId, title: "" });
    router.refresh();
  });
  return (
    <div className="grid gap-3">
      {tasks.length === 0 ? (
        <p className="text-sm text-muted-foreground">No tasks.</p>
      ) : (
        <ul className="grid gap-2" aria-busy={pending || undefined}>
          {tasks.map((task) => (
            <li key={task.id} className="flex items-start gap-2 text-sm">
              <Checkbox
                id={`task-${task.id}`}
                checked={task.doneAt !== null}
                disabled={pending}
                onCheckedChange={(on) => toggle(task.id, on === true)}
                className="mt-0.5"
              />
              <label htmlFor={`task-${task.id}`} className="grid min-w-0">
                <span className={task.doneAt ? "text-muted-foreground line-through" : ""}>{task.title}</span>
                <span className="text-xs text-muted-foreground">
                  {[task.assignee?.name, task.dueAt && `due ${formatZoned(task.dueAt, timeZone)}`]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onSubmit} noValidate className="flex items-start gap-2" aria-label="Add a task">
        <div className="grid flex-1 gap-1">
          <Input
            aria-label="New task"
            placeholder="Add a task"
            aria-invalid={errorAt(form, "title") ? true : undefined}
            {...form.register("title")}
          />
          {errorAt(form, "title") ? (
            <p className="text-xs text-destructive" role="alert">
              {errorAt(form, "title")}
            </p>
          ) : null}
        </div>
        <Button
          type="submit"
          variant="outline"
          size="icon"
          aria-label="Add task"
          disabled={form.formState.isSubmitting}
        >
          <Plus aria-hidden />
        </Button>
      </form>
    </div>
  );
}
