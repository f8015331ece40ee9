// Types of framework-types.mjs for the TypeScript that imports it (the README test).
export function isPublicElement(tagName: string): boolean;
export function frameworkTypeFiles(manifest: unknown): Record<string, string>;
export function frameworkTypes(options: { outdir: string }): {
  name: string;
  packageLinkPhase(context: { customElementsManifest: unknown }): void;
};
