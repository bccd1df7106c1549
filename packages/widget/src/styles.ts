// The widget's CSS, inside its shadow root. The page's rules can still reach the host element
// (and `* { color: red !important }` would win over `:host`), so font and colour are set again
// on the widget's own top element (`.tw`): nothing inside inherits from the partner's page. The
// custom properties below are the only way in, on purpose, so partners can theme it.

const HOST = `:host{all:initial;display:block;contain:content}
.tw{all:initial;display:block;box-sizing:border-box;font:var(--tandem-font,15px/1.4 system-ui,sans-serif);color:var(--tandem-color,#1f2328)}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:inherit}
a{color:var(--tandem-link,#0b57d0)}
a:focus-visible{outline:3px solid var(--tandem-focus,#0b57d0);outline-offset:2px;border-radius:var(--tandem-radius,8px)}
ul{list-style:none;margin:0;padding:0}
@media (prefers-reduced-motion:no-preference){a{transition:transform .15s ease,box-shadow .15s ease}}`;

export const CROSSLINKS_CSS = `${HOST}
.box{display:block;background:var(--tandem-bg,transparent);padding:var(--tandem-padding,0)}
.title{margin:0 0 .5em;font-weight:600;font-size:.9em;color:var(--tandem-muted,#57606a)}
ul{display:grid;gap:var(--tandem-gap,12px);grid-template-columns:repeat(auto-fill,minmax(var(--tandem-card-width,150px),1fr))}
li a{display:flex;flex-direction:column;gap:.35em;height:100%;padding:.6em;text-decoration:none;color:inherit;background:var(--tandem-card-bg,#fff);border:1px solid var(--tandem-border,#d0d7de);border-radius:var(--tandem-radius,8px)}
li a:hover{box-shadow:0 2px 8px rgba(0,0,0,.12)}
@media (prefers-reduced-motion:no-preference){li a:hover{transform:translateY(-2px)}}
img{display:block;width:100%;aspect-ratio:4/3;object-fit:cover;border-radius:calc(var(--tandem-radius,8px) - 3px);background:#f6f8fa}
.name{font-weight:600}
.price{color:var(--tandem-price,#1a7f37);font-weight:600}
s{color:var(--tandem-muted,#57606a);font-weight:400;margin-left:.4em}`;

export const RINGBAR_CSS = `${HOST}
nav.tw{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em;padding:var(--tandem-padding,.5em .75em);background:var(--tandem-bg,#f6f8fa);border:1px solid var(--tandem-border,#d0d7de);border-radius:var(--tandem-radius,8px)}
.title{font-weight:600}
ul{display:flex;flex-wrap:wrap;gap:.25em 1em}
a{padding:.15em .2em}`;
