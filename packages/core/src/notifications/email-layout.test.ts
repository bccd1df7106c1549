import { describe, expect, it } from 'vitest';
import { block, composeEmail } from './email-layout.ts';
import { injects, missingFacts, visibleText } from './testing/email-facts.ts';

describe('composeEmail', () => {
  it('keeps markup in any block as text in the HTML part', () => {
    const evil = '<script>alert(1)</script>';
    const email = composeEmail(`Hi ${evil}`, [
      block.paragraph(`Hello ${evil},`),
      block.heading(evil),
      block.link(evil, `https://shop.example/?q="${evil}`),
      block.facts([{ label: evil, value: evil }]),
      block.items([{ title: evil, detail: evil, amount: evil, url: 'https://shop.example/p' }]),
    ]);
    expect(injects(email, '<script>')).toBe(false);
    expect(email.html).toContain('&lt;script&gt;');
    expect(missingFacts(email, [`Hello ${evil},`, evil])).toEqual([]);
  });

  it('links only web addresses, so a javascript: URL stays text', () => {
    const email = composeEmail('x', [block.link('Track', 'javascript:alert(1)'), block.link('Shop', 'https://shop.example/')]);
    expect(email.html).not.toContain('href="javascript:');
    expect(email.html).toContain('href="https://shop.example/"');
    expect(visibleText(email.html)).toContain('javascript:alert(1)');
  });

  it('writes the same facts to the text and the HTML part, loading nothing from outside', () => {
    const email = composeEmail('Subject', [block.paragraph('One\nTwo'), block.facts([{ label: 'Total', value: '€5.00', strong: true }]), block.items([{ title: '2 × Bell', amount: '€3.00' }])]);
    expect(missingFacts(email, ['One', 'Two', 'Total', '€5.00', '2 × Bell', '€3.00'])).toEqual([]);
    expect(email.html).not.toMatch(/<img|<link|@import|url\(/i);
  });
});
