/// <reference lib="dom" />
// What the accessibility spec checks on a page: axe's WCAG 2.1 A/AA rules (colour contrast
// included), and that nothing scrolls sideways on a phone. Failures read as a list a person can
// act on: rule, impact, what it means, and the elements.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA: the level a shop is expected to meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A narrow phone screen (iPhone SE and most small Android phones). */
export const PHONE = { width: 375, height: 740 };

/** Axe's findings on the page as it is now, one line per element, empty when there are none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${node.target.join(' ')}${summary(node.failureSummary)}`),
  );
}

function summary(failure: string | undefined): string {
  const detail = failure?.split('\n').slice(1).join(' ').trim();
  return detail ? ` — ${detail}` : '';
}

/**
 * Whether the page, resized to a phone, scrolls horizontally; if so, the widest elements that
 * stick out, so a failure says where to look.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  await page.setViewportSize(PHONE);
  return page.evaluate(() => {
    const scrollWidth = document.scrollingElement!.scrollWidth;
    const innerWidth = window.innerWidth;
    const culprits: string[] = [];
    if (scrollWidth > innerWidth) {
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        const box = element.getBoundingClientRect();
        const parent = element.parentElement?.getBoundingClientRect();
        // Only the outermost element that sticks out, not each of its children too.
        if (box.right > innerWidth + 1 && box.width > 0 && (!parent || parent.right <= innerWidth + 1)) {
          const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
          culprits.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} (right edge ${Math.round(box.right)} px)`);
        }
      }
    }
    return { scrollWidth, innerWidth, culprits: culprits.slice(0, 10) };
  });
}

/** What the focused element shows of its focus: an outline or a box shadow, as CSS text. */
export async function focusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : '';
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
    return outline || shadow || null;
  });
}
