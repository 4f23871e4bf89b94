// Handlebars' parser alone (lib/templates/check-template.ts): the package's typings cover only
// its main entry, which also brings the compiler and runtime the browser does not need.
declare module "handlebars/dist/cjs/handlebars/compiler/base" {
  export const parse: typeof import("handlebars").parse;
}
