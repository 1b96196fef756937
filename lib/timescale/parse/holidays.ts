/**
 * Holiday names people write in English ("Thanksgiving", "Easter Monday", "Christmas Eve"),
 * resolved to dates by the holiday library — so the dates follow its maintained rules (Easter,
 * "fourth Thursday of November") rather than ours. Each name points at the library's name for it
 * in a country that keeps it; the library for a country is loaded only when one of its names is
 * read, and each year is computed once.
 */
import Holidays from 'date-holidays';

type Country = 'US' | 'GB' | 'IE' | 'CA' | 'AU' | 'DE' | 'AR' | 'RS' | 'SG' | 'AE' | 'IL' | 'NL';

/** Written name (lower case, straight apostrophes) → [country, the library's English name]. */
const NAMES: Record<string, [Country, string]> = {
  'christmas day': ['GB', 'Christmas Day'],
  christmas: ['GB', 'Christmas Day'],
  xmas: ['GB', 'Christmas Day'],
  'christmas eve': ['US', 'Christmas Eve'],
  'boxing day': ['GB', 'Boxing Day'],
  "new year's day": ['GB', "New Year's Day"],
  'new years day': ['GB', "New Year's Day"],
  'new year': ['GB', "New Year's Day"],
  "new year's eve": ['US', "New Year's Eve"],
  'new years eve': ['US', "New Year's Eve"],
  'good friday': ['GB', 'Good Friday'],
  easter: ['GB', 'Easter Sunday'],
  'easter sunday': ['GB', 'Easter Sunday'],
  'easter monday': ['GB', 'Easter Monday'],
  thanksgiving: ['US', 'Thanksgiving Day'],
  'thanksgiving day': ['US', 'Thanksgiving Day'],
  'black friday': ['US', 'Day after Thanksgiving Day'],
  halloween: ['US', 'Halloween'],
  "valentine's day": ['US', "Valentine's Day"],
  'valentines day': ['US', "Valentine's Day"],
  "st patrick's day": ['US', "St. Patrick's Day"],
  "st. patrick's day": ['US', "St. Patrick's Day"],
  "saint patrick's day": ['US', "St. Patrick's Day"],
  'independence day': ['US', 'Independence Day'],
  'fourth of july': ['US', 'Independence Day'],
  'memorial day': ['US', 'Memorial Day'],
  'labor day': ['US', 'Labor Day'],
  'labour day': ['CA', 'Labour Day'],
  'columbus day': ['US', 'Columbus Day'],
  'veterans day': ['US', 'Veterans Day'],
  'martin luther king day': ['US', 'Martin Luther King Jr. Day'],
  'martin luther king jr. day': ['US', 'Martin Luther King Jr. Day'],
  'mlk day': ['US', 'Martin Luther King Jr. Day'],
  "presidents' day": ['US', "Washington's Birthday"],
  'presidents day': ['US', "Washington's Birthday"],
  "washington's birthday": ['US', "Washington's Birthday"],
  "mother's day": ['US', "Mother's Day"],
  'mothers day': ['US', "Mother's Day"],
  "father's day": ['US', "Father's Day"],
  'fathers day': ['US', "Father's Day"],
  'canada day': ['CA', 'Canada Day'],
  'groundhog day': ['CA', 'Groundhog Day'],
  'australia day': ['AU', 'Australia Day'],
  'anzac day': ['AU', 'Anzac Day'],
  'early may bank holiday': ['GB', 'Early May bank holiday'],
  'spring bank holiday': ['GB', 'Spring bank holiday'],
  'summer bank holiday': ['GB', 'Summer bank holiday'],
  "st stephen's day": ['IE', 'St. Stephen’s Day'],
  // The Christian year beyond Easter, as kept where it is a public day.
  'shrove tuesday': ['AR', 'Shrove Tuesday'],
  'pancake day': ['AR', 'Shrove Tuesday'],
  'mardi gras': ['AR', 'Shrove Tuesday'],
  'ash wednesday': ['DE', 'Ash Wednesday'],
  'maundy thursday': ['AR', 'Maundy Thursday'],
  'holy thursday': ['AR', 'Maundy Thursday'],
  'ascension day': ['DE', 'Ascension Day'],
  pentecost: ['DE', 'Pentecost'],
  'whit sunday': ['DE', 'Pentecost'],
  'whitsunday': ['DE', 'Pentecost'],
  'whit monday': ['DE', 'Whit Monday'],
  'orthodox easter': ['RS', 'Orthodox Easter'],
  'orthodox good friday': ['RS', 'Orthodox Good Friday'],
  'orthodox christmas': ['RS', 'Orthodox Christmas'],
  // Other faiths' and nations' main festivals, from a country that keeps them as public days.
  'chinese new year': ['SG', 'Chinese New Year'],
  'lunar new year': ['SG', 'Chinese New Year'],
  diwali: ['SG', 'Deepavali'],
  deepavali: ['SG', 'Deepavali'],
  vesak: ['SG', 'Vesak Day'],
  'vesak day': ['SG', 'Vesak Day'],
  'eid al-fitr': ['AE', 'End of Ramadan (Eid al-Fitr)'],
  'eid al fitr': ['AE', 'End of Ramadan (Eid al-Fitr)'],
  'eid ul-fitr': ['AE', 'End of Ramadan (Eid al-Fitr)'],
  'eid al-adha': ['AE', 'Feast of the Sacrifice (Eid al-Adha)'],
  'eid al adha': ['AE', 'Feast of the Sacrifice (Eid al-Adha)'],
  'eid ul-adha': ['AE', 'Feast of the Sacrifice (Eid al-Adha)'],
  'rosh hashanah': ['IL', 'Rosh Hashanah (Yom Teruah)'],
  'yom kippur': ['IL', 'Day of Atonement (Yom Kippur)'],
  passover: ['IL', 'Passover (Pesach)'],
  pesach: ['IL', 'Passover (Pesach)'],
  sukkot: ['IL', 'Feast of Tabernacles (Sukkot)'],
  shavuot: ['IL', 'Shavuot (Feast of Weeks)'],
  "king's day": ['NL', "King's Day"],
  koningsdag: ['NL', "King's Day"],
};

const instances = new Map<Country, Holidays>();
const years = new Map<string, Map<string, { start: string; days: number }>>();

/** Lower case, one space, no apostrophes or full stops: "St. Patrick's" and "saint patricks" alike. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/['’`.]/g, '').replace(/\bst\b/g, 'saint').replace(/\s+/g, ' ').trim();
}

const BY_NORMAL = new Map(Object.entries(NAMES).map(([k, v]) => [normalise(k), v]));

/** Every name the grammar accepts, longest first (so "easter monday" wins over "easter"). */
export function holidayNames(): string[] {
  return Object.keys(NAMES).sort((a, b) => b.length - a.length);
}

/** The first day (YYYY-MM-DD) and length in days of a named holiday in a year, if known. */
export function holidayDates(rawName: string, year: number): { start: string; days: number } | undefined {
  const entry = BY_NORMAL.get(normalise(rawName));
  if (!entry) return undefined;
  const [country, libraryName] = entry;
  const key = `${country}:${year}`;
  let days = years.get(key);
  if (!days) {
    let hd = instances.get(country);
    if (!hd) {
      hd = new Holidays(country, { types: ['public', 'bank', 'observance', 'optional'], languages: ['en'] });
      instances.set(country, hd);
    }
    days = new Map();
    for (const h of hd.getHolidays(year, 'en')) {
      if (days.has(h.name)) continue;
      days.set(h.name, { start: h.date.slice(0, 10), days: Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / 86_400_000)) });
    }
    years.set(key, days);
  }
  return days.get(libraryName);
}
