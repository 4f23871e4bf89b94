// What an action type's editor (its folder's editor.tsx, a client component) receives and provides.
import type { ComponentType } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { ActionOf, TAction } from "./registry";
import type { StatusActionOptions } from "@/lib/workflows/editor-options";

export type { ActionOf };

/** What every editor may pick from, and how it reaches outside its form. */
export interface EditorContext {
  options: StatusActionOptions;
  statuses: { id: string; label: string }[];
  disabled: boolean;
  /** The saved action being edited; null while adding one. */
  actionId: string | null;
  onEditTemplate: (templateId: string) => void;
}

export interface EditorProps<T extends TAction> {
  form: UseFormReturn<T>;
  context: EditorContext;
}

/** One row of the table of editors: how an action type looks and is edited (its label is in the registry). */
export interface EditorSpec<T extends TAction> {
  defaults: () => T;
  Fields: ComponentType<EditorProps<T>>;
}
