import nlp from 'compromise/three';
import { describe, expect, it } from 'vitest';
import { restatement, restateQuestion, restateTopic } from '../../lib/analysis/restate';

/** The properties every restatement must have, whatever the input. */
function expectSayable(text: string | null | undefined, from: string): void {
  if (!text) return;
  expect(text, from).not.toContain('?');
  expect(text, from).not.toMatch(/\b(?:I|me|my|mine|myself|I'm|I've)\b/);
  expect(nlp(text).has('#Verb') || /\bto \w+/.test(text), from).toBe(true);
}

describe('restating a question for "You asked …"', () => {
  it.each([
    ['Can you send the invoice again?', 'whether we can send the invoice again'],
    ["Why hasn't my refund arrived?", "why your refund hasn't arrived"],
    ['Where is my order?', 'where your order is'],
    ['How long does delivery take?', 'how long delivery takes'],
    ['Did my payment go through?', 'whether your payment went through'],
    ['When will my parcel arrive?', 'when your parcel will arrive'],
    ['Hi, is there a store in Leeds?', 'whether there is a store in Leeds'],
    ['how do I reset my password', 'how to reset your password'],
    ['Will it cost anything to top up a US card?', 'whether it will cost anything to top up a US card'],
  ])('%s → %s', (question, expected) => {
    expect(restateQuestion(question)?.text).toBe(expected);
  });

  it('gives nothing rather than a broken clause', () => {
    for (const text of ['Was the #driver #drifting??', 'Is my card stolen and if so should I cancel it?', 'Any update?', 'lol what']) {
      const out = restateQuestion(text)?.text;
      expectSayable(out, text);
      if (out) expect(out.split(' ').length, text).toBeGreaterThan(2);
    }
    expect(restateQuestion('Was the #driver #drifting??')).toBeUndefined();
    expect(restateQuestion('My parcel is late.')).toBeUndefined();
  });
});

describe('saying their situation back', () => {
  it('keeps a clause with a subject and a verb', () => {
    expect(restatement("your parcel still hasn't arrived")).toBe("your parcel still hasn't arrived");
    expect(restatement('you were charged twice for your order')).toBe('you were charged twice for your order');
  });

  it('completes a fragment only where the subject is plainly the customer', () => {
    expect(restatement('been waiting three weeks for a refund')).toBe("you've been waiting three weeks for a refund");
    expect(restatement('no reply from anyone since Monday')).toBe("you've had no reply from anyone since Monday");
  });

  it('drops what cannot be said back: fragments, questions, irony, first person, someone else', () => {
    for (const phrase of [
      'terrible service today',
      'terrible',
      'can you send the invoice again',
      'great, another week with no internet',
      'wow, fantastic service, waited two hours on hold',
      'I never got it',
      "you've had no lights, what's the issue",
      'on your card that you did not make',
      "he's always late with the post",
      'ordered your phone, cannot wait',
    ]) {
      expect(restatement(phrase), phrase).toBeNull();
    }
  });

  it('does not say back "this", "it" or "that one" when the clause names nothing it could refer to', () => {
    for (const phrase of ["this still isn't working", "that option doesn't work"]) {
      expect(restatement(phrase), phrase).toBeNull();
    }
    expect(restatement('it stopped working after the update')).toBe('it stopped working after the update');
    expect(restatement('this order never arrived')).toBe('this order never arrived');
  });

  it('never yields a sentence without a verb, a question mark or a first-person claim', () => {
    const inputs = [
      'your order is late again',
      'it stopped working after the update',
      'still waiting for the engineer',
      'the screen is cracked down the middle',
      'my account was locked yesterday',
      'charged me twice',
      'why is this so hard',
      'no idea',
    ];
    for (const phrase of inputs) expectSayable(restatement(phrase), phrase);
  });
});

describe('what their problem is about, when no clause can be said back', () => {
  it('names the first thing of theirs, without their judgement of it', () => {
    expect(restateTopic('Nothing but trouble with my router since Tuesday')).toBe("there's a problem with your router");
    expect(restateTopic('still waiting on my new sofa')).toBe("there's a problem with your new sofa");
    expect(restateTopic('my useless router dropped out again')).toBe("there's a problem with your router");
    expect(restateTopic('our broadband has been down all day #fail #help')).toBe("there's a problem with your broadband");
  });

  it('names no model cut from its number, but keeps a thing before its reference', () => {
    expect(restateTopic('my Acme 3000 will not charge any more')).toBeNull();
    expect(restateTopic('no word yet about my claim: 55120 was sent weeks ago')).toBe("there's a problem with your claim");
  });

  it('leaves out their fondness for the thing ("my fave mug" → "your mug")', () => {
    expect(restateTopic('my fave mug came out of the dishwasher chipped')).toBe("there's a problem with your mug");
  });

  it('names no person, no name and nothing when there is no thing of theirs', () => {
    for (const text of ['My son broke it', 'loving the new My Little Pony film', 'no idea', 'the queue was long']) expect(restateTopic(text), text).toBeNull();
  });

  it('names no feeling and no complaint as the thing with a problem', () => {
    for (const text of ['Please understand my frustration', 'I want to raise my complaint again', 'my patience has run out']) {
      expect(restateTopic(text), text).toBeNull();
    }
  });
});

describe('what an agent would not say back', () => {
  it('drops chat shorthand, interjections, a cut-off owner and a phrase that starts mid-sentence', () => {
    for (const phrase of [
      'you rang bk n got nothing',
      'oh no your new boots have a split seam',
      'FYI the shop has been listing the wrong sizes',
      "month's bill is twice the usual amount",
      'Leeds, but the tracking still says London',
    ]) {
      expect(restatement(phrase), phrase).toBeNull();
    }
    expect(restatement('your order arrived late, and the box was open')).toBe('your order arrived late, and the box was open');
  });

  it('keeps the subject of "what do I need to …" and shortens only "how do I <action>"', () => {
    expect(restateQuestion('What do I need to do to close my account?')?.text).toBe('what you need to do to close your account');
    expect(restateQuestion('How do I change my delivery address?')?.text).toBe('how to change your delivery address');
  });
});

describe('refusing a restatement that would read unnaturally', () => {
  it('never says back their thoughts about their own thinking', () => {
    for (const text of ["you don't know why the menu looked odd to you", 'you wonder whether the shop opens late', 'you never understand what the letters mean']) {
      expect(restatement(text), text).toBeNull();
    }
  });

  it('says back reported speech only when what was said is a clause', () => {
    expect(restatement('the helpline told you tough luck')).toBeNull();
    expect(restatement('you were told the parcel would arrive on Monday')).toBe('you were told the parcel would arrive on Monday');
  });

  it('never says back chat shorthand for the company ("cust serv")', () => {
    expect(restatement('cust serv keeps putting you on hold')).toBeNull();
  });
});
