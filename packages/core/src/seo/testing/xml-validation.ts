// Test helpers: validate XML offline with libxml2 compiled to WebAssembly (xmllint-wasm)
// against the sitemaps.org schemas, or only check it is well-formed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const require = createRequire(import.meta.url);
const sitemapPackage = path.dirname(require.resolve('sitemap/package.json'));
const SCHEMAS = {
  urlset: { fileName: 'sitemap.xsd', contents: readFileSync(path.join(sitemapPackage, 'schema', 'sitemap.xsd'), 'utf8') },
  sitemapindex: { fileName: 'siteindex.xsd', contents: readFileSync(new URL('./siteindex.xsd', import.meta.url), 'utf8') },
};

/** Errors of `xml` against sitemap.xsd or siteindex.xsd (empty when valid). */
export async function sitemapSchemaErrors(xml: string, schema: keyof typeof SCHEMAS): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'doc.xml', contents: xml }, schema: SCHEMAS[schema], initialMemoryPages: 512, maxMemoryPages: 4096 });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** Parse errors of `xml` (empty when well-formed). */
export async function wellFormedErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'doc.xml', contents: xml }, normalization: 'format', initialMemoryPages: 512, maxMemoryPages: 4096 });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
