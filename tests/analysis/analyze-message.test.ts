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

  it('reads a thank-you that only closes or opens a request as politeness, not satisfaction', () => {
    for (const text of [
      'Hi, could you tell me which address my order will be sent to? Thanks.',
      'Thanks! Can you tell me when my order ships?',
      'Please send me the invoice for order 1234. Thank you in advance.',
      'Any news?\nCheers, Tom',
      'My parcel still has not arrived.\n\nThanks,\nJane',
      'I would appreciate it if you could check my order.',
    ]) {
      const a = analyzeMessage(text);
      expect(a.emotion.label, text).not.toBe('satisfaction');
      expect(a.polarity, text).not.toBe('positive');
      expect(a.cues.filter((c) => c.emotion === 'satisfaction'), text).toEqual([]);
    }
  });

  it('keeps genuine gratitude as satisfaction', () => {
    for (const text of ['Thanks so much, that fixed it!', 'Brilliant, really appreciate it', 'Thanks!', 'Got it, thank you 😊', 'Thank you, that sorted it. Can I also ask about returns?']) {
      const a = analyzeMessage(text);
      expect(a.emotion.label, text).toBe('satisfaction');
      expect(a.polarity, text).toBe('positive');
    }
  });

  it('reads a degree word as a degree word, not as praise ("pretty obvious", "kind of")', () => {
    expect(analyzeMessage("It's pretty obvious why").polarity).toBe('neutral');
    expect(analyzeMessage('It kind of replaces the home button').polarity).toBe('neutral');
    expect(analyzeMessage('The dress is so pretty').emotion.label).toBe('satisfaction');
    expect(analyzeMessage("That's very kind of you").emotion.label).toBe('satisfaction');
  });

  it('reads not understanding as confusion, but not every question', () => {
    for (const text of [
      "I don't understand what this charge is for",
      'What does that mean for my order?',
      'This makes no sense to me',
      "I'm not sure what I'm supposed to do next",
      'Which one should I pick?',
      "I don't know how to reset my password",
      "I'm confused about the two invoices",
    ]) {
      expect(analyzeMessage(text).emotion.label, text).toBe('confusion');
    }
    for (const text of ['Where is my order?', 'When will my parcel arrive?', 'Can I change the delivery address?']) {
      expect(analyzeMessage(text).emotion.label, text).not.toBe('confusion');
    }
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
    expect(a.urgency.cues.map((c) => c.text)).toEqual(expect.arrayContaining(['before Saturday', 'my wedding is on Sunday']));
    expect(analyzeMessage('My flight is tomorrow and I still have no tickets').urgency.cues.map((c) => c.kind)).toContain('deadline');
  });

  it('shows the whole time expression in a deadline cue, not just the words before it', () => {
    const deadlines = (t: string) => analyzeMessage(t).urgency.cues.filter((c) => c.kind === 'deadline').map((c) => c.text);
    expect(deadlines('I need it before Saturday')).toEqual(['need it before Saturday']);
    expect(deadlines('Can I have it by Friday please?')).toEqual(['by Friday']);
    expect(deadlines('I need it by Friday please')).toEqual(['need it by Friday']);
    expect(deadlines('Could it come tomorrow morning?')).toEqual(['tomorrow morning']);
    expect(deadlines('My flight is tomorrow and I still have no tickets')).toEqual(['My flight is tomorrow']);
    expect(deadlines('Please sort this within 24 hours')).toEqual(['within 24 hours']);
    expect(deadlines('I need it by the 14th')).toEqual(['need it by the 14th']);
    for (const text of ['I need it before Saturday', 'My flight is tomorrow']) {
      for (const c of analyzeMessage(text).urgency.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
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
  it('keeps "there is" when it carries the problem, and drops it after a greeting', () => {
    expect(analyzeMessage('It is Friday and there is still no tracking number on my order.').mirror.map((m) => m.text)).toContain('there is still no tracking number on your order');
    expect(analyzeMessage("Hi there, my parcel still hasn't arrived.").mirror[0]?.text).toBe("your parcel still hasn't arrived");
  });

  it('never says back when they bought it ("… 2 months ago") as their issue', () => {
    const mirrored = analyzeMessage('I bought a new kettle 2 months ago and it has been back at the shop for 30 days.').mirror.map((m) => m.text);
    for (const m of mirrored) expect(m).not.toMatch(/\bago\b/);
  });

  it('never says back a clause cut off before its end', () => {
    const text = 'The thing that annoys me most about the new billing screen is that it never shows the total I owe before the due date';
    for (const m of analyzeMessage(text).mirror) expect(text.replace(/\.$/, '').endsWith(m.source.text), m.text).toBe(true);
  });

  it('says shouted words back calmly, but keeps short names like UPS as they are', () => {
    const mirrored = analyzeMessage('My parcel is STILL not here and UPS says it was delivered.').mirror.map((m) => m.text).join(' | ');
    expect(mirrored).toMatch(/still not here/);
    expect(mirrored).not.toMatch(/STILL/);
  });

  it("turns the customer's words to the agent's side", () => {
    expect(analyzeMessage("Hi, my parcel still hasn't arrived.").mirror[0]?.text).toBe("your parcel still hasn't arrived");
    expect(analyzeMessage("I've been waiting for my refund for three weeks").mirror[0]?.text).toBe("you've been waiting for your refund for three weeks");
    expect(analyzeMessage('I was charged twice for our order').mirror[0]?.text).toBe('you were charged twice for your order');
    expect(analyzeMessage("I'm locked out of my account").mirror[0]?.text).toBe("you're locked out of your account");
  });

  it('ends a mirrored phrase at a clause boundary, so it reads after "I understand that …"', () => {
    const mirror = (t: string) => analyzeMessage(t).mirror[0]?.text;
    expect(mirror('My parcel is damaged, so I want a refund')).toBe('your parcel is damaged');
    expect(mirror('Any help would be appreciated, my order is late')).toBe('your order is late');
    expect(mirror('The app keeps crashing on my phone, which is really annoying')).toBe('the app keeps crashing on your phone');
    expect(mirror('I was charged twice for my order, and we have had no reply to three emails')).toBe('you were charged twice for your order');
    // "it" needs the clause it points back to.
    expect(mirror('I ordered a lamp two weeks ago and it still has not arrived because the courier lost it in the depot')).toBe(
      'you ordered a lamp two weeks ago and it still has not arrived',
    );
    expect(mirror("We've been waiting for our refund because the form was lost")).toBe("you've been waiting for your refund");
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
