// Validates JSON against the schemas of the served OpenAPI document with a JSON Schema 2020-12
// validator (ajv, the dialect OpenAPI 3.1 uses), $refs resolved inside the document.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/openapi/document";

const DOCUMENT_ID = "https://ticketflow.invalid/api/v1/openapi.json";

function compiler() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...structuredClone(openApiDocument()), $id: DOCUMENT_ID });
  return ajv;
}

let ajv: Ajv2020 | undefined;

/** `pointer` is a JSON pointer into the document, e.g. `/paths/~1api~1v1~1events/post/requestBody/content/application~1json/schema`. */
export function documentValidator(pointer: string): ValidateFunction {
  ajv ??= compiler();
  const validate = ajv.getSchema(`${DOCUMENT_ID}#${pointer}`);
  if (!validate) throw new Error(`No schema at ${pointer}`);
  return validate;
}

const escape = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

export function requestBodyPointer(method: string, path: string): string {
  return `/paths/${escape(path)}/${method}/requestBody/content/application~1json/schema`;
}

export function responsePointer(method: string, path: string, status = 200): string {
  return `/paths/${escape(path)}/${method}/responses/${status}/content/application~1json/schema`;
}
