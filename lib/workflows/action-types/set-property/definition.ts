// "Set/clear a ticket property" through the engine (SPEC §5). Professional.
import { defineActionType } from "../define";
import { ZSetProperty } from "./schema";

export const setProperty = defineActionType({
  schema: ZSetProperty,
  type: "set_property",
  dbType: "SET_PROPERTY",
  label: "Set property",
  feature: "workflowActions",
  describe: (a) => (a.value === null ? `Clear ${a.property}` : `Set ${a.property} to ${a.value}`),
  refs: (a) =>
    a.value !== null && (a.property === "owner" || a.property === "status")
      ? [{ kind: a.property === "owner" ? "user" : "status", id: a.value, path: ["value"] }]
      : [],
});
