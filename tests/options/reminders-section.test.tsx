import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RemindersSection } from '@/components/options/RemindersSection';
import { parseLeadMinutes, reminderLeadMinutes } from '@/lib/promises/reminders';

describe('promise reminder options', () => {
  it('saves the lead time the agent chooses and refuses one that is not a number of minutes', async () => {
    render(<RemindersSection />);
    const input = screen.getByLabelText('Remind me this many minutes before a promise is due');
    expect(input).toHaveValue('30');
    await userEvent.clear(input);
    await userEvent.type(input, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder time' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(await reminderLeadMinutes.getValue()).toBe(45);

    await userEvent.clear(input);
    await userEvent.type(input, '5000');
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder time' }));
    expect(screen.getByText(/Reminder time: Give a whole number of minutes from 0 to 1440/)).toBeInTheDocument();
    expect(await reminderLeadMinutes.getValue()).toBe(45);
  });

  it('reads minutes strictly', () => {
    expect(parseLeadMinutes(' 15 ')).toEqual({ minutes: 15 });
    expect('problem' in parseLeadMinutes('1.5')).toBe(true);
    expect('problem' in parseLeadMinutes('')).toBe(true);
    expect('problem' in parseLeadMinutes('-1')).toBe(true);
  });
});
