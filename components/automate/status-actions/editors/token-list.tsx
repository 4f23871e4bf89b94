"use client";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import { TEMPLATE_TOKENS } from "@/lib/templates/template-tokens";

interface TokenListProps<T extends FieldValues> {
  form: UseFormReturn<T>;
  /** The text field a clicked token is added to. */
  name: Path<T>;
}

/** The ticket tokens a text may use; clicking one adds it to the end of the text. */
export function TokenList<T extends FieldValues>({ form, name }: TokenListProps<T>) {
  const insert = (token: string) =>
    form.setValue(name, `${form.getValues(name) ?? ""}${token}` as PathValue<T, Path<T>>, { shouldDirty: true });
  return (
    <div className="grid gap-1.5" data-testid="token-list">
      <p className="text-xs font-medium text-muted-foreground">Ticket tokens (click to add to the body)</p>
      <ul className="flex flex-wrap gap-1.5">
        {TEMPLATE_TOKENS.map(({ token, label }) => (
          <li key={token}>
            <button
              type="button"
              title={label}
              onClick={() => insert(token)}
              className="rounded border bg-muted px-1.5 py-0.5 font-mono text-[11px] hover:bg-accent focus-visible:outline-hidden focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50"
            >
              {token}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
