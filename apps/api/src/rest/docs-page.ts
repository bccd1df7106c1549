// The readable REST reference at GET /docs: static HTML rendered from the OpenAPI document on
// the server, operations grouped by tag with their credentials, parameters, body and responses.
// Nothing is loaded from anywhere: no script at all, one inline style allowed by its hash.
import { createHash } from 'node:crypto';
import type { OpenAPIObject } from '@tandem/api';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d2330}
h2{border-bottom:1px solid #ccd;margin-top:2.5rem}section{border:1px solid #dde;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}
code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f4f5f8;padding:.6rem;overflow:auto;max-height:24rem}
.m{display:inline-block;min-width:4rem;font-weight:700}.get{color:#17692d}.post{color:#1849a9}.patch,.put{color:#8a5a00}.delete{color:#a61b1b}
table{border-collapse:collapse}td,th{border:1px solid #dde;padding:.2rem .5rem;text-align:left;vertical-align:top}`;

/** The Content-Security-Policy of the page: its own inline style, nothing else. */
export const DOCS_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

type Schema = Record<string, unknown>;
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
};

/** The page for `document`. */
export function renderDocsPage(document: OpenAPIObject): string {
  const byTag = new Map<string, Array<{ method: string; path: string; operation: Operation }>>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation }]);
    }
  }
  const schemes = document.components?.securitySchemes ?? {};
  const credentials = Object.entries(schemes).map(([name, scheme]) => `<li><code>${esc(name)}</code>: ${esc((scheme as { description?: string }).description ?? '')}</li>`);
  const sections = [...byTag].map(([tag, operations]) => `<h2 id="${esc(slug(tag))}">${esc(tag)}</h2>\n${operations.map((o) => renderOperation(o.method, o.path, o.operation)).join('\n')}`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(document.info.title)}</title><style>${STYLE}</style></head>
<body><h1>${esc(document.info.title)} <small>${esc(document.info.version)}</small></h1>
<p>${esc(document.info.description ?? '')}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${esc(document.openapi)}).</p>
<h2>Credentials</h2><ul>${credentials.join('')}</ul>
<nav><ul>${[...byTag.keys()].map((tag) => `<li><a href="#${esc(slug(tag))}">${esc(tag)}</a></li>`).join('')}</ul></nav>
${sections.join('\n')}
</body></html>
`;
}

function renderOperation(method: string, path: string, operation: Operation): string {
  const security = operation.security?.map((requirement) => Object.keys(requirement).join(' + ') || 'none').join(' or ') ?? 'none';
  const parameters = operation.parameters ?? [];
  const body = operation.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => `<li><code>${esc(status)}</code> ${esc(response.description ?? '')}</li>`);
  return `<section id="${esc(operation.operationId)}"><h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(operation.summary ?? '')}</p>${operation.description ? `<p>${esc(operation.description)}</p>` : ''}
<p>Credentials: ${esc(security)}</p>
${parameters.length ? `<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th></tr>${parameters.map(renderParameter).join('')}</table>` : ''}
${body ? `<p>JSON body:</p><pre>${esc(JSON.stringify(body, null, 2))}</pre>` : ''}
<p>Responses:</p><ul>${responses.join('')}</ul></section>`;
}

function renderParameter(parameter: Parameter): string {
  return `<tr><td><code>${esc(parameter.name)}</code></td><td>${esc(parameter.in)}</td><td>${parameter.required ? 'yes' : 'no'}</td><td><code>${esc(JSON.stringify(parameter.schema ?? {}))}</code></td></tr>`;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
