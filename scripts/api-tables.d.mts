// Types for scripts/api-tables.mjs, for the documentation site's TypeScript (site/layout/).
export interface ManifestDeclaration {
  tagName?: string;
  name?: string;
  description?: string;
  [key: string]: unknown;
}
export interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}
export interface ApiSection {
  id: 'attributes' | 'properties' | 'events' | 'parts' | 'css-properties';
  title: string;
  markdown: string;
}
export function readManifest(path?: string): Manifest;
export function elementDeclarations(manifest: Manifest): ManifestDeclaration[];
export function apiSections(element: ManifestDeclaration): ApiSection[];
export function apiTables(element: ManifestDeclaration): string;
