// Shapes of the segments pages' API data, derived from the router so they never drift.
import type { RouterOutputs } from '$lib/staff';

type Outputs = RouterOutputs['adminPersonalization'];

/** One recompute run with its progress and result. */
export type SegmentRun = Outputs['segmentRun'];
/** Segment sizes at each computation. */
export type SegmentHistory = Outputs['segmentHistory'];
/** The four customer tiers with their sizes and revenue shares. */
export type Tiers = Outputs['tiers'];
