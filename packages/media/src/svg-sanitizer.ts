// SVG is a document format that can run script, so an uploaded SVG is parsed as XML (jsdom) and
// cleaned by DOMPurify's SVG profile, which works on the parsed tree: namespaces are resolved, so
// `<x:script>` bound to the SVG namespace is as much a script as `<script>`. On top of the
// profile, every reference must stay inside the file (`#id`, or an embedded raster image) and CSS
// may not load anything. The re-serialised tree is what gets stored, never the uploaded bytes.
//
// Editor metadata the sanitiser drops (Inkscape's sodipodi:*, RDF, unknown presentation
// attributes) is dropped silently; anything active or external is refused instead of quietly
// removed, so the merchant learns the picture was not what they thought (and an attempt is
// visible in the audit log rather than hidden in a "successful" upload).
import createDOMPurify, { type RemovedAttribute, type RemovedElement } from 'dompurify';
import { JSDOM } from 'jsdom';
import { refuse } from './unacceptable-file.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Namespaces whose elements a browser acts on: removing one of those is removing content. */
const ACTIVE_NAMESPACES = new Set([SVG_NS, 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML']);
/** Links allowed: to an id in this file, or a raster image embedded as a data: URL. */
const INTERNAL_LINK = /^\s*#/;
const EMBEDDED_RASTER = /^\s*data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/i;
/** CSS that fetches or runs something: any url() not pointing at `#id`, @import, old IE hooks. */
const ACTIVE_CSS = /@import|url\s*\(\s*(?!["']?\s*#)|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i;

/**
 * Bounds that keep one upload from holding the event loop: jsdom takes about 2 s for 5,000
 * elements or a 4 MB path, and its parser slows sharply with nesting (20,000 levels: 100 s).
 * Product drawings use a few hundred elements, a handful of levels deep.
 */
export const SVG_LIMITS = { bytes: 1024 * 1024, elements: 5_000, depth: 64 } as const;

/**
 * A DOMPurify bound to the upload's own window (no state shared between uploads), with the
 * store's rules on top of the SVG profile. `policy` collects what the hooks removed themselves.
 */
function purifierFor(window: JSDOM['window'], policy: string[]) {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName.toLowerCase();
    const isLink = name === 'href' || name === 'xlink:href' || name === 'src';
    const allowed = isLink
      ? INTERNAL_LINK.test(data.attrValue) || (node.localName === 'image' && EMBEDDED_RASTER.test(data.attrValue))
      : !ACTIVE_CSS.test(data.attrValue);
    if (!allowed) {
      data.keepAttr = false;
      data.forceKeepAttr = false;
    }
  });
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && ACTIVE_CSS.test(node.textContent ?? '')) {
      policy.push('CSS that loads something');
      node.textContent = '';
    }
  });
  return purify;
}

/** The cleaned file and the size it declares. */
export interface SanitisedSvg {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/**
 * Parses, cleans and re-serialises an SVG. Throws {@link UnacceptableFile} when it is not
 * well-formed SVG, defines entities, or holds anything active or external.
 *
 * @example const { bytes, width, height } = sanitiseSvg(uploadedBytes);
 */
export function sanitiseSvg(raw: Uint8Array): SanitisedSvg {
  if (raw.byteLength > SVG_LIMITS.bytes) refuse('SVG drawings are at most 1 MB; export detailed artwork as PNG or WebP.');
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    refuse('The SVG must be UTF-8 text.');
  }
  assertWithinLimits(text);
  // Entities can expand to markup or to gigabytes; a drawing needs none.
  if (/<!ENTITY|<!DOCTYPE[^>]*\[/i.test(text)) refuse('This SVG defines entities in a DOCTYPE; export it again as a plain SVG.');
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch {
    return refuse('The SVG file is damaged (it is not well-formed XML).');
  }
  try {
    return clean(dom.window);
  } finally {
    dom.window.close();
  }
}

function clean(window: JSDOM['window']): SanitisedSvg {
  const root = window.document.documentElement;
  if (root.namespaceURI !== SVG_NS || root.localName !== 'svg') refuse('The file is not an SVG image: its root must be <svg xmlns="http://www.w3.org/2000/svg">.');
  unwrapCdata(root);

  const policy: string[] = [];
  const purify = purifierFor(window, policy);
  // `use` is safe once every link is internal (hook above); `role` is the accessibility role the demo drawings set.
  purify.sanitize(root, { IN_PLACE: true, USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['use'], ADD_ATTR: ['role'] });
  const active = [...policy, ...purify.removed.map(describeActive).filter((what): what is string => what !== null)];
  if (active.length > 0) {
    const listed = [...new Set(active)].slice(0, 3).join(', ');
    refuse(`This SVG contains active or external content (${listed}); only plain drawings can be uploaded. Export it again as a plain SVG, or upload a PNG.`);
  }
  const serialised = new window.XMLSerializer().serializeToString(root);
  return { bytes: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${serialised}\n`), ...declaredSize(root) };
}

/**
 * Counts elements and nesting in one linear pass before the parser sees the text. XML allows no
 * `<` inside attribute values, so outside comments and CDATA every `<name` opens an element.
 */
function assertWithinLimits(text: string): void {
  let depth = 0;
  let elements = 0;
  for (const tag of text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, '').matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (tag[1]) depth -= 1;
    else {
      elements += 1;
      if (!tag[2]) depth += 1;
    }
    if (elements > SVG_LIMITS.elements || depth > SVG_LIMITS.depth) {
      refuse(`This SVG is too complex (at most ${SVG_LIMITS.elements} elements, ${SVG_LIMITS.depth} levels deep); export it as PNG or WebP.`);
    }
  }
}

/** CSS in `<style><![CDATA[…]]></style>` is common; DOMPurify drops CDATA nodes, so keep them as text. */
function unwrapCdata(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 8 /* NodeFilter.SHOW_CDATA_SECTION */);
  const sections: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) sections.push(node);
  for (const section of sections) section.parentNode!.replaceChild(root.ownerDocument.createTextNode(section.textContent ?? ''), section);
}

/** A short name for what was removed when it could act or load, or null for inert metadata. */
function describeActive(entry: RemovedElement | RemovedAttribute): string | null {
  if ('attribute' in entry && entry.attribute) {
    const { name, value } = entry.attribute;
    if (name.startsWith('xmlns')) return null;
    const active = /(^|:)on/i.test(name) || /(^|:)href$|^src$/i.test(name) || ACTIVE_CSS.test(value) || /javascript:|data:/i.test(value);
    return active ? `${name.slice(0, 40)} attribute` : null;
  }
  const element = 'element' in entry ? entry.element : null;
  if (element?.nodeType !== 1) return null;
  const tag = element as Element;
  return ACTIVE_NAMESPACES.has(tag.namespaceURI ?? '') ? `<${tag.nodeName.slice(0, 40)}>` : null;
}

/** The size from width/height in pixels, else from the viewBox. */
function declaredSize(root: Element): { width: number; height: number } {
  const pixels = (name: string) => /^\s*([\d.]+)(px)?\s*$/i.exec(root.getAttribute(name) ?? '')?.[1];
  const viewBox = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/);
  const width = Number(pixels('width') ?? viewBox[2]);
  const height = Number(pixels('height') ?? viewBox[3]);
  if (!Number.isFinite(width) || !Number.isFinite(height)) refuse('The SVG says neither its width and height nor a viewBox.');
  return { width: Math.round(width), height: Math.round(height) };
}
