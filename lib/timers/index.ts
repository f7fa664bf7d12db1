export {
  MINUTE_MS, HOUR_MS, DAY_MS, getZone, isValidTimeZone, dayKey, dayNumberToKey, dateKeyToDayNumber,
  weekdayOfDay, isoWeekKeyOfDay, weekStartDay, type Zone,
} from './zone';
export { businessCalendar, businessMillisBetween, addBusinessMillis, isOpenAt, type BusinessCalendar } from './business-hours';
export {
  slaTargetMinutes, slaTargetMillis, warningMillis, clockStartAt, waitingMillis, responseMillis, slaState,
  answeredWithinSla, nextSlaChangeAt, nextSlaChangeAmong, urgencyScore, compareUrgency, sortByUrgency,
  type TimedItem, type SlaItem, type Ranked,
} from './sla';
export { formatWaiting } from './format';
