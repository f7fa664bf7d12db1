export { known, safeRatio, type FormulaText, type Input, type KpiResult } from './result';
export {
  engagementRate, engagements, followerGrowth, sentimentScore, ctr, cpl, cpa, conversionRate, roi,
  type ErVariant, type EngagementParts, type FollowerGrowth,
} from './formulas';
export {
  budgetPacing, campaignTotals, campaignProgress,
  type BudgetPacing, type CampaignTotals, type CampaignProgress, type TargetProgress, type TargetKey, type DayInput,
} from './campaign';
export { percentile, durationStats, type DurationStats } from './stats';
export {
  firstResponseStats, withinSlaShare, backlogBuckets, computeResponseKpis, WITHIN_SLA_FORMULA,
  type BacklogBuckets, type ResponseKpiOptions, type ResponseKpis, type PlatformResponseKpis, type DayResponseKpis,
} from './response';
export {
  periodKeyer, isoWeekKey, weekStartKey, groupBy, groupByPlatform, groupByPeriod, groupByPlatformAndPeriod, type Period,
} from './period';
export { dayKey } from '../timers/zone';
export { bestTimeToPost, BEST_TIME_WINDOW_MS, type BestTimeToPost, type BestTimeSlot } from './best-time';
export {
  RESPONSE_HIST_EDGES, RESPONSE_HIST_SIZE, responseBucket, aggregateRowId, emptyAggregateRow, aggregateRowIds,
  applyInteractionChange, recomputeAggregates, estimateHistogramPercentile, summarizeAggregates,
  type AggregateRow, type AggregateContext, type AggregateChange, type AggregateSummary,
} from './aggregate';
