"use client";
// A select that saves as soon as it changes (a status's open/closed, a user's role) and goes
// back to the saved value if the server refuses.
import { useState, type ComponentProps } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { OptionSelect } from "./option-select";
import { runAction } from "./run-action";

type AutosaveSelectProps<T extends string> = Omit<ComponentProps<typeof OptionSelect<T>>, "onValueChange"> & {
  save: (value: T) => Promise<ActionResult<unknown>>;
  /** The toast after a successful save. */
  success: (value: T) => string;
};

export function AutosaveSelect<T extends string>({ value: saved, save, success, ...props }: AutosaveSelectProps<T>) {
  const [value, setValue] = useState(saved);
  const [pending, setPending] = useState(false);

  async function change(next: T) {
    setValue(next);
    setPending(true);
    const result = await runAction(() => save(next), success(next));
    setPending(false);
    if (!result.ok) setValue(saved);
  }

  return <OptionSelect {...props} value={value} onValueChange={change} disabled={pending || props.disabled} />;
}
