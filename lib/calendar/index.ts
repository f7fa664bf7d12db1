export * from './tz';
export * from './slots';
export * from './utm';
export * from './mix';
export * from './seasonal';
export * from './limits';
export {
  isBlankRow,
  neutralizeCell,
  normalizeHeader,
  parseCsv,
  parseDateCell,
  parseTimeCell,
  restoreCell,
  type DateParts,
  type ParsedCsv,
  type TimeParts,
} from './csv';
export * from './plan-csv';
export * from './meta-ads';
export * from './export-csv';
export * from './ics';
export * from './status';
