"use client";
// Set or clear a ticket property (status, owner, priority…).
import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import type { ActionOf, EditorProps, EditorSpec } from "../editor-types";
import { SelectField } from "@/components/automate/status-actions/editors/fields";
import { ZSetProperty } from "./schema";
import {
  PropertyValueField,
  propertyChoices,
  valueKindOf,
} from "@/components/automate/status-actions/editors/property-value";

type SetProperty = ActionOf<"set_property">;

export function SetPropertyFields({ form, context }: EditorProps<SetProperty>) {
  const clearId = useId();
  const property = form.watch("property");
  const cleared = form.watch("value") === null;
  return (
    <div className="grid gap-4">
      <SelectField
        form={form}
        name="property"
        label="Property"
        required
        choices={propertyChoices(ZSetProperty.shape.property.options)}
        onChosen={() => form.setValue("value", "")}
      />
      <div className="flex items-center gap-2">
        <Checkbox
          id={clearId}
          checked={cleared}
          onCheckedChange={(on) => form.setValue("value", on === true ? null : "", { shouldDirty: true })}
        />
        <label htmlFor={clearId} className="text-sm">
          Clear this property instead of setting a value
        </label>
      </div>
      {cleared ? null : (
        <PropertyValueField key={property} form={form} name="value" kind={valueKindOf(property)} context={context} />
      )}
    </div>
  );
}

export const setPropertyDefaults = (): SetProperty => ({ type: "set_property", property: "priority", value: "HIGH" });

export const editor: EditorSpec<SetProperty> = {
  defaults: setPropertyDefaults,
  Fields: SetPropertyFields,
};
