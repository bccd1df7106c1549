// Builds the widget's DOM from validated data. Only createElement, textContent and attributes
// whose URLs passed `safeHttpUrl`: nothing here parses markup, so product names stay text.
import { formatPrice, type CrosslinksData } from './validate.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function styleNode(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = css;
  return style;
}

/** Replaces `root`'s content with the product list; an empty list renders nothing but the style. */
export function renderCrosslinks(root: ShadowRoot | Element, data: CrosslinksData, css: string, locale?: string): number {
  const doc = root.ownerDocument ?? document;
  const nodes: Node[] = [styleNode(doc, css)];
  if (data.products.length > 0) {
    const box = el(doc, 'section', 'tw box');
    box.setAttribute('aria-label', `Products from ${data.store.name}`);
    box.append(el(doc, 'p', 'title', `From ${data.store.name}`));
    const list = el(doc, 'ul');
    list.setAttribute('role', 'list');
    for (const product of data.products) {
      const link = el(doc, 'a');
      link.href = product.url;
      link.rel = 'sponsored noopener';
      if (product.imageUrl) {
        const img = el(doc, 'img');
        img.src = product.imageUrl;
        img.alt = '';
        img.loading = 'lazy';
        img.decoding = 'async';
        img.width = 300;
        img.height = 225;
        link.append(img);
      }
      link.append(el(doc, 'span', 'name', product.name));
      const price = el(doc, 'span', 'price', formatPrice(product.amount, product.currency, locale));
      if (product.regularAmount !== null) {
        const regular = el(doc, 's', undefined, formatPrice(product.regularAmount, product.currency, locale));
        regular.setAttribute('aria-label', `was ${regular.textContent ?? ''}`);
        price.append(regular);
      }
      link.append(price);
      const item = el(doc, 'li');
      item.append(link);
      list.append(item);
    }
    box.append(list);
    nodes.push(box);
  }
  root.replaceChildren(...nodes);
  return data.products.length;
}

/** What the ring bar links to, all on the API host: prev / index / random / next. */
export interface RingbarLinks {
  label: string;
  prev: string;
  index: string;
  random: string;
  next: string;
}

/** The ring's navigation URLs for one member site. `ring` and `site` must have passed `safeCode`. */
export function ringbarLinks(apiBase: string, ring: string, site: string, label?: string | null): RingbarLinks {
  const base = `${apiBase}/rings/${ring}`;
  const from = `?from=${site}`;
  return { label: label?.trim().slice(0, 80) || 'Web ring', prev: `${base}/prev${from}`, index: base, random: `${base}/random${from}`, next: `${base}/next${from}` };
}

export function renderRingbar(root: ShadowRoot | Element, links: RingbarLinks, css: string): void {
  const doc = root.ownerDocument ?? document;
  const nav = el(doc, 'nav', 'tw');
  nav.setAttribute('aria-label', links.label);
  nav.append(el(doc, 'span', 'title', links.label));
  const list = el(doc, 'ul');
  list.setAttribute('role', 'list');
  const entries: [string, string, string][] = [
    [links.prev, '← Previous', 'prev'],
    [links.index, 'Ring index', 'index'],
    [links.random, 'Random site', 'random'],
    [links.next, 'Next →', 'next'],
  ];
  for (const [href, name, rel] of entries) {
    const link = el(doc, 'a', rel, name);
    link.href = href;
    if (rel === 'prev' || rel === 'next') link.rel = rel;
    const item = el(doc, 'li');
    item.append(link);
    list.append(item);
  }
  nav.append(list);
  root.replaceChildren(styleNode(doc, css), nav);
}
