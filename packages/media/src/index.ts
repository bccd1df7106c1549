// Files the store keeps and serves later: what they are (from their bytes), SVG cleaning, and the
// headers they are served with. See docs/security.md.
export { inspectImage, EXTENSION_OF, type ImageKind, type InspectedImage, type InspectOptions } from './inspect-image.ts';
export { sanitiseSvg, type SanitisedSvg } from './svg-sanitizer.ts';
export { UnacceptableFile } from './unacceptable-file.ts';
