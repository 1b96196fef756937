/**
 * Concrete times and dates as agents write them ("by 3pm on Wednesday", "within 2 hours",
 * "tomorrow morning", "3–5 working days"). Shared by the checklist (does the reply give a
 * timescale?) and the vague-time rule (a "soon" next to a real time is not vague). Parsing them
 * into instants is the timescale engine's job; here only "is there one, and where".
 */

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
const NUMBER_WORD = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-four|thirty|forty-eight|seventy-two|a|an|a couple of)`;
const UNIT = String.raw`(?:working |business |calendar )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;

const PARTS = [
  // 3pm, 3:30 pm, 15:00, noon
  String.raw`\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])`,
  String.raw`\b(?:[01]?\d|2[0-3]):[0-5]\d\b`,
  String.raw`\b(?:noon|midday|midnight|lunchtime|close of business|end of business|eod|cob)\b`,
  // 3 June, 3rd of June, June 3rd, 03/06, 2024-06-03
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}\b`,
  String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
  String.raw`\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
  String.raw`\b\d{4}-\d{2}-\d{2}\b`,
  // today, tonight, tomorrow (morning), Friday (afternoon), this evening, next week
  String.raw`\b(?:today|tonight|tomorrow|${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night|lunchtime))?\b`,
  String.raw`\b(?:this|next)\s+(?:morning|afternoon|evening|week|month|${WEEKDAY})\b`,
  String.raw`\bend of (?:the |this |next )?(?:day|week|month|today|tomorrow|${WEEKDAY})\b`,
  // within 2 hours, in 24 hours, under an hour, 3-5 working days
  String.raw`\b(?:within|in|under|less than|no more than|inside|over)\s+(?:the next\s+)?${NUMBER_WORD}(?:\s*(?:-|–|to)\s*\d+)?\s*${UNIT}\b`,
  String.raw`\b\d+\s*(?:-|–|to)\s*\d+\s*${UNIT}\b`,
  String.raw`\b(?:24|48|72)\s*(?:hours?|hrs?|h)\b`,
];

export const CONCRETE_TIME = new RegExp(PARTS.join('|'), 'gi');
const CONCRETE_TIME_TEST = new RegExp(PARTS.join('|'), 'i');

export function hasConcreteTime(text: string): boolean {
  return CONCRETE_TIME_TEST.test(text);
}

// "this week", "next month": concrete enough to count as a timescale, too loose to excuse a
// "some point" or "soon" in the same sentence.
const LOOSE_PERIOD = /\b(?:this|next)\s+(?:week|month)\b/gi;

/** A time specific enough that a "soon" beside it is only colour ("shortly, and by 5pm today"). */
export function hasSpecificTime(text: string): boolean {
  return CONCRETE_TIME_TEST.test(text.replace(LOOSE_PERIOD, ' '));
}
