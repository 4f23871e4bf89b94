import type { ComponentType } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { LucideIcon } from "lucide-react";
import type { TAction, TActionType } from "@/lib/workflows/action-config";
import type { StatusActionOptions } from "@/lib/workflows/status-action-options";

/** What every editor may pick from, and how it reaches outside its form. */
export interface EditorContext {
  options: StatusActionOptions;
  statuses: { id: string; label: string }[];
  disabled: boolean;
  onEditTemplate: (templateId: string) => void;
}

export type ActionOf<K extends TActionType> = Extract<TAction, { type: K }>;

export interface EditorProps<T extends TAction> {
  form: UseFormReturn<T>;
  context: EditorContext;
}

/** One row of the table of editors: how an action type looks and is edited. */
export interface EditorSpec<T extends TAction> {
  label: string;
  icon: LucideIcon;
  defaults: () => T;
  Fields: ComponentType<EditorProps<T>>;
}
