// How a property change reads on the timeline and in the loop guard's explanation.
import type { PropertyChange } from "./happenings";

export type ChangeableProperty = PropertyChange["property"];

/** How each property reads in a sentence ("owner not changed to …"). */
export const PROPERTY_LABEL: Record<ChangeableProperty, string> = {
  ownerId: "owner",
  priority: "priority",
  subject: "name",
  description: "description",
  closeDate: "close date",
};

/** A value as a sentence shows it: names quoted, a description never spelled out. */
export function propertyValueText(property: ChangeableProperty, value: string | null): string {
  if (value === null || value === "") return property === "description" ? "empty" : "none";
  if (property === "description") return "a new text";
  return property === "subject" ? `"${value}"` : value;
}

/** "Owner changed from A to B"; a description's text is in the detail, not the sentence. */
export function propertyChangeText(property: ChangeableProperty, from: string | null, to: string | null): string {
  const label = PROPERTY_LABEL[property];
  const name = label.charAt(0).toUpperCase() + label.slice(1);
  if (property === "description") return to ? `${name} changed` : `${name} cleared`;
  return `${name} changed from ${propertyValueText(property, from)} to ${propertyValueText(property, to)}`;
}
