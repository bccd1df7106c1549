// The personalization context's only public door: behaviour events, recommendations, segments.
export { createPersonalizationService, type PersonalizationService, type PersonalizationServiceOptions } from './personalization-service.ts';
export { createPersonalizationAdminService, type PersonalizationAdminService, type PersonalizationAdminServiceOptions } from './personalization-admin-service.ts';
export { recomputeRecommendations, type RecomputeOptions, type RecomputeResult } from './recompute-recommendations.ts';
export { recommendationJobHandlers, RECOMMENDATION_UPDATE_JOB } from './recommendation-jobs.ts';
export { recomputeSegments, segmentKeysOf, segmentSummary, type SegmentsResult, type SegmentSummary } from './recompute-segments.ts';
export { deleteExpiredEvents } from './events.ts';
export { appendInteractions } from './append-interactions.ts';
export { SEGMENTS, SEGMENT_LABELS, scoreRfm, type SegmentKey } from './rfm.ts';
export { runOfflineEvaluation, type OfflineEvaluation } from './offline-evaluation.ts';
export { generateSyntheticEvents, type SyntheticLog } from './synthetic-events.ts';
export type { RecommendedProduct } from './serve-for-you.ts';
export type { RecommendationReason } from './for-you.ts';
export type { EvaluationResult } from './evaluation.ts';
export type * from './types.ts';
export { personalDigest, queueDigests, type Digest, type DigestPayload } from './digest.ts';
export { importHistory, type HistoryImportReport, type HistoryKind, type ImportProgress } from './import-history.ts';
export { behaviourCounts, searchesWithoutResults, type BehaviourCounts, type ZeroResultSearch } from './analytics.ts';
