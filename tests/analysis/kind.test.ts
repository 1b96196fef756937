import { describe, expect, it } from 'vitest';
import { analyzeConversation, analyzeMessage, createAnalysisCache } from '../../lib/analysis';
import type { ConversationSnapshot, Message } from '../../lib/conversation/types';

const kindOf = (text: string) => analyzeMessage(text).kind;

function snapshot(messages: Message[]): ConversationSnapshot {
  return { helpdesk: 'test', url: 'https://desk.example.com/t/1', customer: {}, messages, composer: { found: false }, confidence: 1 };
}

describe('what the message is', () => {
  it('tells a question from a problem report, a complaint and a chase', () => {
    expect(kindOf('Do you deliver to Norway?')).toBe('question');
    expect(kindOf('how do I change the e-mail address on my account')).toBe('question');
    expect(kindOf('The app keeps crashing when I open it')).toBe('problem');
    expect(kindOf('This is absolutely ridiculous, your service is a disgrace and nobody cares')).toBe('complaint');
    expect(kindOf("It's the third time I've asked and my parcel still hasn't arrived")).toBe('chase');
  });

  it('reads thanks for something done, and chatter that asks for nothing', () => {
    expect(kindOf('Thank you so much, that fixed it!')).toBe('thanks');
    expect(kindOf('Watching the match with my brother tonight')).toBe('no-request');
  });

  it('never reads irony or thanks beside a problem as satisfaction', () => {
    for (const text of ['Great, another week with no internet. Thanks a lot.', 'Oh brilliant. The train is cancelled again.', 'Thanks for nothing, the refund still has not come through']) {
      const a = analyzeMessage(text);
      expect(a.kind, text).not.toBe('thanks');
      expect(a.emotion.label, text).not.toBe('satisfaction');
      expect(a.polarity, text).not.toBe('positive');
      expect(a.praiseWithProblem, text).toBe(true);
    }
  });

  it('never reads a praise word beside something of ours that failed as thanks', () => {
    expect(kindOf('Signed up happily today but your checkout will not accept my voucher')).toBe('problem');
    // Praise heaped on what they must pay for is sarcasm.
    expect(kindOf('Soon you will pay another $4.99 for such thrilling extras')).not.toBe('thanks');
    expect(kindOf('Such a helpful team, thank you so much')).toBe('thanks');
  });

  it('reads a thing a service has that did not happen or work as a problem, without "my"', () => {
    expect(kindOf('The refund page has not loaded since Monday')).toBe('problem');
    expect(kindOf('nobody replied to the email I sent last week')).toBe('problem');
    // Not their case: a quote that speaks to "you".
    expect(kindOf("Don't let anyone tell you that you can't dance")).not.toBe('problem');
  });

  it('reads banter about third parties as chatter, not as a case', () => {
    expect(kindOf('He is such a clown, that referee ruined the whole match')).toBe('no-request');
    expect(kindOf('She always forgets her keys and blames everyone else')).toBe('no-request');
    expect(kindOf('Really excited for the weekend, though I hate that my cousin cannot come')).not.toBe('problem');
    // Still a case: their own feeling, or a product fault, said without "my" or "you".
    expect(kindOf('I am absolutely furious about this')).toBe('complaint');
    expect(kindOf('The blender arrived with a cracked lid')).toBe('problem');
  });

  it('reads a wish with a word between its writer and its verb as a request', () => {
    expect(kindOf("Hi, I'm needing to change the delivery date on my order.")).toBe('question');
    expect(kindOf('We would still like the loyalty discount on this purchase.')).toBe('question');
    expect(analyzeMessage('Nobody would really like that weather').requests).toBe(false);
  });

  it('reads a question word without a "?" as a question only in question order', () => {
    expect(kindOf('When my brother cooks he burns everything')).toBe('no-request');
    expect(analyzeMessage('When I get home I always make tea').asks).toBe(false);
    expect(kindOf('where in the settings can I change my password')).toBe('question');
    expect(kindOf('how much is the yearly plan')).toBe('question');
  });

  it('keeps real praise as satisfaction, even beside a small negative word', () => {
    const a = analyzeMessage("Honestly, not bad at all. I'm really pleased with it.");
    expect(a.kind).toBe('thanks');
    expect(a.emotion.label).toBe('satisfaction');
  });

  it('makes a bare nudge after their own unanswered problem a chase', () => {
    const insight = analyzeConversation(
      snapshot([
        { role: 'customer', text: 'My order arrived broken and the box was soaked.' },
        { role: 'customer', text: 'Hello??' },
      ]),
      { cache: createAnalysisCache() },
    );
    expect(insight.kind).toBe('chase');
    const answered = analyzeConversation(
      snapshot([
        { role: 'customer', text: 'My order arrived broken and the box was soaked.' },
        { role: 'agent', text: 'Sorry to hear that, I will look into it.' },
        { role: 'customer', text: 'Hello??' },
      ]),
      { cache: createAnalysisCache() },
    );
    expect(answered.kind).not.toBe('chase');
  });

  it('says it is resolved only when the customer says something is done', () => {
    const done = analyzeConversation(snapshot([{ role: 'customer', text: 'Thanks, it arrived this morning!' }]), { cache: createAnalysisCache() });
    expect(done.resolved).toBe(true);
    const praise = analyzeConversation(snapshot([{ role: 'customer', text: 'Love the new shop window, looks brilliant' }]), { cache: createAnalysisCache() });
    expect(praise.kind).toBe('thanks');
    expect(praise.resolved).toBe(false);
  });

  it('reads praise beside a repeat ("well done, … again") as a complaint, never thanks', () => {
    for (const text of ['Well done, you lost my booking again', 'Brilliant, the lift is broken again']) {
      const a = analyzeMessage(text);
      expect(['complaint', 'chase'], text).toContain(a.kind);
      expect(a.emotion.label, text).not.toBe('satisfaction');
    }
  });

  it('reads something of theirs that has not happened, with no problem word, as a problem report', () => {
    expect(kindOf("My tickets haven't come through yet")).toBe('problem');
    expect(kindOf('Your app will not let me sign in')).not.toBe('no-request');
    // Their own day, said without a denial or a worry, stays chatter.
    expect(kindOf('Off to see my parents this weekend')).toBe('no-request');
  });

  it('reads eagerness and reassurance as no denial, and a request without its "I" as a request', () => {
    expect(kindOf("Can't wait for my new kettle to arrive")).not.toBe('problem');
    expect(analyzeMessage("Can't wait for my new kettle to arrive").complaint).toBe(false);
    expect(kindOf("My parcel can't be found")).toBe('problem');
    expect(kindOf('need a copy of my last invoice. Thanks')).toBe('question');
  });
});

