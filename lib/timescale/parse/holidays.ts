/**
 * Holiday names a customer or agent may write ("Thanksgiving", "Easter Monday", "Christmas Eve"),
 * resolved to dates by the holiday library — so the dates follow its maintained rules (Easter,
 * "fourth Thursday of November") rather than ours. Names come from the English-speaking countries'
 * calendars and, in English, from a few others whose holidays are widely written about in English.
 */
import Holidays from 'date-holidays';

const COUNTRIES = ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'IN', 'IL', 'NL'];
const TYPES: ('public' | 'bank' | 'observance' | 'optional' | 'school')[] = ['public', 'bank', 'observance', 'optional'];

/** Everyday names the library does not use. */
const ALIASES: Record<string, string> = {
  xmas: 'christmas day',
  'x-mas': 'christmas day',
  christmas: 'christmas day',
  'christmas day': 'christmas day',
  thanksgiving: 'thanksgiving day',
  easter: 'easter sunday',
  'mlk day': 'martin luther king jr. day',
  'martin luther king day': 'martin luther king jr. day',
  'presidents day': "washington's birthday",
  "presidents' day": "washington's birthday",
  "president's day": "washington's birthday",
  'new year': "new year's day",
  'new years': "new year's day",
  'new years day': "new year's day",
  'new years eve': "new year's eve",
  "st patrick's day": "st. patrick's day",
  'st patricks day': "st. patrick's day",
  "saint patrick's day": "st. patrick's day",
  'valentines day': "valentine's day",
  "valentine's": "valentine's day",
  'mothers day': "mother's day",
  'fathers day': "father's day",
  'labour day': 'labor day',
  'memorial day': 'memorial day',
  'black friday': 'day after thanksgiving day',
};

interface HolidayRule {
  name: string;
  country: string;
}

let table: Map<string, HolidayRule> | undefined;
const instances = new Map<string, Holidays>();

function holidaysFor(country: string): Holidays {
  let hd = instances.get(country);
  if (!hd) {
    hd = new Holidays(country, { types: TYPES, languages: ['en'] });
    instances.set(country, hd);
  }
  return hd;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

function buildTable(): Map<string, HolidayRule> {
  const names = new Map<string, HolidayRule>();
  for (const country of COUNTRIES) {
    const hd = holidaysFor(country);
    for (const year of [2024, 2025]) {
      for (const h of hd.getHolidays(year, 'en')) {
        const name = normalise(h.name);
        if (/substitute|\(|\d/.test(name) || !/^[a-z' .-]+$/.test(name)) continue;
        if (!names.has(name)) names.set(name, { name, country });
      }
    }
  }
  return names;
}

function lookupTable(): Map<string, HolidayRule> {
  table ??= buildTable();
  return table;
}

/** Every name the grammar accepts, longest first (so "easter monday" wins over "easter"). */
export function holidayNames(): string[] {
  const names = new Set([...lookupTable().keys(), ...Object.keys(ALIASES)]);
  for (const name of [...names]) if (name.endsWith(' day') && name.split(' ').length > 2) names.add(name.slice(0, -4));
  return [...names].sort((a, b) => b.length - a.length);
}

/** The dates (YYYY-MM-DD, first and last day) of a named holiday in a year, if it is known. */
export function holidayDates(rawName: string, year: number): { start: string; days: number } | undefined {
  const t = lookupTable();
  let name = normalise(rawName).replace(/'s\b/g, "'s");
  name = ALIASES[name] ?? name;
  let rule = t.get(name) ?? t.get(`${name} day`);
  if (!rule && ALIASES[`${name}`] === undefined) rule = t.get(name.replace(/s day$/, "'s day"));
  if (!rule) return undefined;
  for (const h of holidaysFor(rule.country).getHolidays(year, 'en')) {
    if (normalise(h.name) === rule.name) {
      const days = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000));
      return { start: h.date.slice(0, 10), days };
    }
  }
  return undefined;
}
