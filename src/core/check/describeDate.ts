// Writes a sourced date in the same shape as the date it replaces: "Monday" for "Friday", "June 2023" for "June 2022".
import type { DateMention } from '../facts/dates';

type DateParts = Omit<DateMention, 'start' | 'end' | 'written' | 'relation'>;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The parts of `sourced` that `written` names, as words; all of `sourced` when `written` names none of them. */
export function describeDate(sourced: DateParts, written: DateParts): string {
  const want = (key: keyof DateParts) => written[key] !== undefined && sourced[key] !== undefined;
  if (want('weekday') && !written.month && !written.year) return DAY_NAMES[sourced.weekday!];
  if (!want('month') && !want('year') && !want('day')) return full(sourced);
  const parts: string[] = [];
  if (written.month !== undefined && sourced.month) parts.push(MONTH_NAMES[sourced.month - 1]);
  if (written.day !== undefined && sourced.day) parts.push(written.year !== undefined && sourced.year ? `${sourced.day},` : String(sourced.day));
  if (written.year !== undefined && sourced.year) parts.push(String(sourced.year));
  return parts.length > 0 ? parts.join(' ') : full(sourced);
}

function full(d: DateParts): string {
  const parts: string[] = [];
  if (d.month) parts.push(MONTH_NAMES[d.month - 1]);
  if (d.day) parts.push(d.year ? `${d.day},` : String(d.day));
  if (d.year) parts.push(String(d.year));
  if (parts.length === 0 && d.weekday !== undefined) parts.push(DAY_NAMES[d.weekday]);
  return parts.join(' ');
}
