import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';

const intensityOf = (text: string, label: string): number =>
  analyzeMessage(text).emotions.find((e) => e.label === label)?.intensity ?? 0;

describe('emotion', () => {
  it('names the emotion and shows the words that showed it, at their place in the text', () => {
    const text = 'I am absolutely furious about this';
    const a = analyzeMessage(text);
    expect(a.emotion.label).toBe('anger');
    expect(a.emotion.spans.map((s) => s.text)).toContain('furious');
    for (const s of a.emotion.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads negated praise as disappointment ("not happy")', () => {
    const a = analyzeMessage("I'm not happy with how this went");
    expect(a.emotion.label).toBe('disappointment');
    expect(a.polarity).toBe('negative');
  });

  it('reads a negated mild criticism as mild praise ("not bad at all")', () => {
    expect(analyzeMessage('Honestly, not bad at all.').emotion.label).toBe('satisfaction');
    const a = analyzeMessage("The wait wasn't terrible at all.");
    expect(a.emotion.label).toBe('satisfaction');
    expect(a.polarity).toBe('positive');
    expect(a.cues.find((c) => c.text === 'terrible')).toMatchObject({ emotion: 'satisfaction', negated: true });
  });

  it('does not let negation reach across a sentence', () => {
    expect(analyzeMessage("It's not late. I'm happy.").emotion.label).toBe('satisfaction');
  });

  it('raises intensity for intensifiers and lowers it for downtoners', () => {
    const plain = intensityOf('I am annoyed', 'frustration');
    expect(intensityOf('I am extremely annoyed', 'frustration')).toBeGreaterThan(plain);
    expect(intensityOf('I am a bit annoyed', 'frustration')).toBeLessThan(plain);
  });

  it('raises intensity for capitals and repeated punctuation, and reports them', () => {
    const plain = intensityOf('this is annoying', 'frustration');
    const shouted = analyzeMessage('THIS IS ANNOYING!!!');
    expect(shouted.emotions.find((e) => e.label === 'frustration')?.intensity ?? 0).toBeGreaterThan(plain);
    expect(shouted.signals.caps.map((s) => s.text)).toContain('ANNOYING');
    expect(shouted.signals.punctuation.map((s) => s.text)).toEqual(['!!!']);
  });

  it('reads emoji', () => {
    expect(analyzeMessage('Where is my order 😡').emotion.label).toBe('anger');
    expect(analyzeMessage('Got it, thank you 😊').emotion.label).toBe('satisfaction');
  });

  it('reads worry as anxiety and not understanding as confusion', () => {
    expect(analyzeMessage("I'm really worried my card details were stolen").emotion.label).toBe('anxiety');
    expect(analyzeMessage("I'm confused, I don't understand this letter").emotion.label).toBe('confusion');
  });

  it('is neutral for a plain request', () => {
    const a = analyzeMessage('Please send me the invoice for order 1234.');
    expect(a.emotion).toEqual({ label: 'neutral', intensity: 0, spans: [] });
    expect(a.polarity).toBe('neutral');
  });
});

describe('repeat contact and escalation', () => {
  it('flags repeat-contact cues and lets them frustrate', () => {
    const a = analyzeMessage('This is the third time I have asked and I am still waiting.');
    expect(a.repeatContact.map((s) => s.text)).toEqual(['third time', 'still waiting']);
    expect(a.emotion.label).toBe('frustration');
  });

  it('flags each escalation risk separately from the emotion', () => {
    const risks = (t: string) => analyzeMessage(t).escalation.map((e) => e.risk);
    expect(risks("If this isn't fixed I will cancel my subscription")).toEqual(['cancel']);
    expect(risks("I'll take my business elsewhere")).toEqual(['leave']);
    expect(risks("I'm leaving a bad review on Trustpilot")).toEqual(['review', 'review']);
    expect(risks("I'll dispute the charge with my bank")).toEqual(['chargeback']);
    expect(risks('My lawyer will be in touch')).toEqual(['legal']);
    expect(risks('I am reporting you to trading standards')).toEqual(['regulator']);
    expect(risks('How do I change my delivery address?')).toEqual([]);
  });
});

describe('complaint and severity', () => {
  it('calls a calm report of a fault a complaint, with low severity', () => {
    const a = analyzeMessage("My parcel hasn't arrived yet, it was due on Monday.");
    expect(a.complaint).toBe(true);
    expect(a.severity).toBeGreaterThanOrEqual(1);
    expect(a.severity).toBeLessThanOrEqual(2);
  });

  it('rates blame and threats higher than a plain report', () => {
    const blame = analyzeMessage('This is a scam, the worst customer service ever. I want my money back or I call my lawyer.');
    expect(blame.complaint).toBe(true);
    expect(blame.severity).toBe(4);
  });

  it('does not call thanks or a question a complaint', () => {
    expect(analyzeMessage('Thanks so much, that sorted it!').complaint).toBe(false);
    expect(analyzeMessage('What sizes does the blue jacket come in?').complaint).toBe(false);
    expect(analyzeMessage('What sizes does the blue jacket come in?').severity).toBe(0);
  });
});

describe('category', () => {
  const category = (t: string) => analyzeMessage(t).category.label;
  it.each([
    ["Where is my parcel? Tracking hasn't updated in days", 'delivery'],
    ['I want to change the items in order 12345', 'order'],
    ["I returned the shoes two weeks ago and still haven't had my refund", 'refund'],
    ['I was charged twice on my credit card', 'billing'],
    ['The mug arrived cracked and the handle is broken', 'damaged'],
    ['The app keeps crashing with an error when I open it', 'technical'],
    ["I can't log in, I forgot my password", 'account'],
    ['What is the early termination fee for my contract?', 'cancellation'],
    ['The agent on the phone was rude and hung up on me', 'service'],
    ['Where can I leave a review of your shop?', 'feedback'],
    ['Can I speak to a human please', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(category(text)).toBe(expected);
  });

  it('tolerates a one-letter typo in a category word', () => {
    expect(category('when will my parcle arrive')).toBe('delivery');
  });

  it('gives a confidence between 0 and 1', () => {
    const { confidence } = analyzeMessage('I need a refund').category;
    expect(confidence).toBeGreaterThan(0.3);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});

describe('urgency', () => {
  it('finds deadlines in the customer\'s life', () => {
    const a = analyzeMessage('I need the dress before Saturday, my wedding is on Sunday!');
    expect(a.urgency.score).toBeGreaterThan(0.6);
    expect(a.urgency.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['before Saturday', 'my wedding']));
    expect(analyzeMessage('My flight is tomorrow and I still have no tickets').urgency.cues.map((c) => c.kind)).toContain('deadline');
  });

  it('finds health, safety and a stopped business', () => {
    expect(analyzeMessage('The heater is sparking and smells of smoke').urgency.cues.map((c) => c.kind)).toContain('safety');
    expect(analyzeMessage('My insulin delivery is missing').urgency.cues.map((c) => c.kind)).toContain('health');
    expect(analyzeMessage("Our site is down and we can't take payments").urgency.cues.map((c) => c.kind)).toContain('business');
  });

  it('is low for a message with no time pressure', () => {
    expect(analyzeMessage('Could you tell me your opening hours?').urgency.score).toBeLessThan(0.2);
  });
});

describe('mirroring', () => {
  it("turns the customer's words to the agent's side", () => {
    expect(analyzeMessage("Hi, my parcel still hasn't arrived.").mirror[0]?.text).toBe("your parcel still hasn't arrived");
    expect(analyzeMessage("I've been waiting for my refund for three weeks").mirror[0]?.text).toBe("you've been waiting for your refund for three weeks");
    expect(analyzeMessage('I was charged twice for our order').mirror[0]?.text).toBe('you were charged twice for your order');
    expect(analyzeMessage("I'm locked out of my account").mirror[0]?.text).toBe("you're locked out of your account");
  });

  it('keeps the source span of the mirrored phrase', () => {
    const text = 'Hello. The app keeps crashing on my phone.';
    const [phrase] = analyzeMessage(text).mirror;
    expect(phrase?.text).toBe('the app keeps crashing on your phone');
    expect(phrase?.source.text).toBe('The app keeps crashing on my phone');
    expect(text.slice(phrase?.source.start, phrase?.source.end)).toBe(phrase?.source.text);
  });

  it('never mirrors a sentence about the company or an insult (no admission of fault)', () => {
    expect(analyzeMessage('You broke my laptop.').mirror).toEqual([]);
    expect(analyzeMessage('This is a scam and my order is missing.').mirror).toEqual([]);
  });
});

describe('signed name', () => {
  it('finds a first name in a sign-off', () => {
    expect(analyzeMessage('My order is late.\n\nThanks,\nJane Doe').signedName).toBe('Jane');
    expect(analyzeMessage('Any news?\nCheers, tom').signedName).toBe('Tom');
    expect(analyzeMessage('Where is my order?').signedName).toBeUndefined();
  });
});
