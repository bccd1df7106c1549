// Files the store keeps and serves later: what they are (from their bytes) and which bytes to
// store (SVGs cleaned by svg-sanitizer.ts, loaded on first use). The headers they are served
// with live in `@tandem/media/serving`.
export { inspectImage, EXTENSION_OF, type ImageKind, type InspectedImage, type InspectOptions } from './inspect-image.ts';
export { UnacceptableFile } from './unacceptable-file.ts';
