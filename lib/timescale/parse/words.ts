/**
 * The small vocabulary of English time grammar: number words, units, weekdays, months and the
 * regular-expression pieces built from them. General English, nothing more.
 */

/** Alternatives from a word list, in order, a space matching any run of spaces: `(?:in\s+under|in)`. */
export function oneOf(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})`;
}

export const UNIT_SECONDS = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
  quarter: 7_776_000,
  year: 31_536_000,
} as const;
export type Unit = keyof typeof UNIT_SECONDS;

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100,
  a: 1, an: 1, single: 1, couple: 2, few: 3, several: 3, half: 0.5, quarter: 0.25, dozen: 12,
};

const TENS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const UNITS_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
/** A number written in digits or words: "3", "2.5", "twenty-four", "a couple of", "half an". */
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'a couple(?: of)?', 'a few', 'several', 'a dozen', 'a half', 'half an?(?![a-z])', 'half', 'an?(?![a-z])', 'a single', 'single',
];
export const NUM = String.raw`(?:\d+(?:\.\d+)?(?:\/\d+)?|½|${TENS}(?:[\s-]${UNITS_WORD})?|${NUMBER_WORDS.join('|')})`;

/** The value of a number as `NUM` matched it. */
export function numberValue(raw: string): number | undefined {
  const text = raw.toLowerCase().trim().replace(/\s+of$/, '');
  const frac = /^(\d+)\/(\d+)$/.exec(text);
  if (frac) return Number(frac[2]) === 0 ? undefined : Number(frac[1]) / Number(frac[2]);
  if (/^\d/.test(text)) return Number(text);
  if (text === '½') return 0.5;
  if (/^half( an?)?$/.test(text) || text === 'a half') return 0.5;
  if (text === 'a couple') return 2;
  if (text === 'a few') return 3;
  if (text === 'a dozen') return 12;
  if (text === 'a single') return 1;
  const parts = text.split(/[\s-]+/);
  let total = 0;
  for (const part of parts) {
    const v = SMALL[part];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

/** Units as written: "hrs", "mins", "business days", "fortnight". */
export const UNIT_WORD = String.raw`(?:(?:business|working|work|calendar)\s+days?|${[
  'weekends?', 'fortnights?', 'seconds?', 'secs?', 'minutes?', 'mins?', 'hours?', 'hrs?', 'days?', 'nights?',
  'weeks?', 'wks?', 'months?', 'quarters?', 'qtrs?', 'years?', 'yrs?',
].join('|')})`;

export interface UnitInfo {
  unit: Unit;
  /** How many of `unit` one of these is ("fortnight" = 2 weeks). */
  times: number;
  business: boolean;
}

export function unitInfo(raw: string): UnitInfo | undefined {
  const w = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:business|working|work) days?$/.test(w)) return { unit: 'day', times: 1, business: true };
  if (/^calendar days?$/.test(w)) return { unit: 'day', times: 1, business: false };
  if (/^fortnights?$/.test(w)) return { unit: 'week', times: 2, business: false };
  if (/^weekends?$/.test(w)) return { unit: 'day', times: 2, business: false };
  if (/^(?:seconds?|secs?|s)$/.test(w)) return { unit: 'second', times: 1, business: false };
  if (/^(?:minutes?|mins?|m)$/.test(w)) return { unit: 'minute', times: 1, business: false };
  if (/^(?:hours?|hrs?|h)$/.test(w)) return { unit: 'hour', times: 1, business: false };
  if (/^(?:days?|nights?|d)$/.test(w)) return { unit: 'day', times: 1, business: false };
  if (/^(?:weeks?|wks?|w)$/.test(w)) return { unit: 'week', times: 1, business: false };
  if (/^months?$/.test(w)) return { unit: 'month', times: 1, business: false };
  if (/^(?:quarters?|qtrs?)$/.test(w)) return { unit: 'quarter', times: 1, business: false };
  if (/^(?:years?|yrs?|y)$/.test(w)) return { unit: 'year', times: 1, business: false };
  return undefined;
}

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const WEEKDAY = String.raw`(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)`;
/** 1 = Monday … 7 = Sunday. */
export function weekdayNumber(raw: string): number | undefined {
  const w = raw.toLowerCase().slice(0, 3);
  const i = WEEKDAY_NAMES.findIndex((d) => d.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
export function monthNumber(raw: string): number | undefined {
  const w = raw.toLowerCase().slice(0, 3);
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/** "this", "next", "last", "the following", "coming", "past", "previous", "current". */
export const RELATIVE = oneOf([
  'this', 'next', 'last', 'past', 'previous', 'prior', 'coming', 'upcoming', 'current',
  'the following', 'following', 'the next', 'the last', 'the past', 'the previous', 'the coming', 'the current',
  'this past', 'the same', 'same', 'the',
]);

/** -1 for the last one, 0 for this one, +1 for the next one. */
export function relativeStep(raw: string | undefined): -1 | 0 | 1 {
  const w = (raw ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  if (/^(?:last|past|previous|prior|this past)$/.test(w)) return -1;
  if (/^(?:next|following|coming|upcoming)$/.test(w)) return 1;
  return 0;
}

/** Ordinal day words, "first" to "thirty-first": index + 1 is the day. */
export const ORDINAL_DAY_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth',
  'thirty-first',
];
/** A day of the month: "9", "9th", "ninth", "twenty first". */
export const DAY_OF_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|${[...ORDINAL_DAY_WORDS].reverse().map((w) => w.replace('-', String.raw`[-\s]`)).join('|')})`;

export function dayOfMonthValue(raw: string): number | undefined {
  const w = raw.toLowerCase().replace(/\s+/g, '-');
  const digits = /^(\d{1,2})/.exec(w);
  const n = digits ? Number(digits[1]) : ORDINAL_DAY_WORDS.indexOf(w) + 1;
  return n >= 1 && n <= 31 ? n : undefined;
}

/**
 * Time-zone abbreviations people write after a clock time, as fixed offsets in hours. Only the
 * unambiguous English ones: "CST" is read as US Central, as English text mostly means it.
 */
export const ZONE_OFFSETS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 1, cet: 1, cest: 2, eet: 2, eest: 3,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
  akst: -9, akdt: -8, hst: -10, ist: 5.5, jst: 9, aest: 10, aedt: 11,
};
export const ZONE_WORD = String.raw`(?:${Object.keys(ZONE_OFFSETS).filter((z) => z.length > 1).join('|')})`;
