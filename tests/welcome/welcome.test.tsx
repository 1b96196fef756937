import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '@/components/welcome/Welcome';
import { builtinPacks } from '@/lib/packs/builtin';
import { loadSettings, saveSettings } from '@/lib/settings';
import { loadBusinessHours, openWelcomeOnInstall, parseBusinessHours, saveBusinessHours, welcomeDone } from '@/lib/welcome';

describe('the welcome page', () => {
  it('says what Tactful does and that nothing leaves the browser', () => {
    render(<Welcome onClose={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Tactful');
    expect(screen.getByRole('region', { name: 'What Tactful does' })).toHaveTextContent(/check of your draft/);
    expect(screen.getByText(/sends nothing anywhere/)).toBeInTheDocument();
    const pack = builtinPacks()[0]!;
    expect(screen.getByRole('region', { name: 'Phrases' })).toHaveTextContent(`${pack.phrases.length} phrases`);
  });

  it('saves the name, company, working days, hours and time zone, and remembers the welcome is done', async () => {
    render(<Welcome onClose={() => undefined} />);
    await userEvent.type(screen.getByLabelText('Your name, as you sign replies'), 'Sam Rivera');
    await userEvent.type(screen.getByLabelText('Company or team'), 'Acme Kitchens');
    const days = screen.getByRole('group', { name: 'Working days' });
    await userEvent.click(within(days).getByLabelText('Friday'));
    await userEvent.click(within(days).getByLabelText('Saturday'));
    fireEvent.change(screen.getByLabelText('Opens at'), { target: { value: '08:30' } });
    fireEvent.change(screen.getByLabelText('Closes at'), { target: { value: '16:00' } });
    await userEvent.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Lisbon');
    await userEvent.click(screen.getByRole('button', { name: 'Save and start' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(await loadSettings()).toEqual({ agentName: 'Sam Rivera', company: 'Acme Kitchens' });
    expect(await loadBusinessHours()).toEqual({ days: [1, 2, 3, 4, 6], start: '08:30', end: '16:00', timeZone: 'Europe/Lisbon' });
    expect(await welcomeDone()).toMatchObject({ skipped: false });
  }, 30_000);

  it('shows what was saved before (it can be opened again later)', async () => {
    await saveSettings({ agentName: 'Priya Shah', company: 'Northwind' });
    await saveBusinessHours({ days: [0, 6], start: '10:00', end: '18:00', timeZone: 'Asia/Kolkata' });
    render(<Welcome onClose={() => undefined} />);
    expect(await screen.findByDisplayValue('Priya Shah')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('10:00')).toBeInTheDocument();
    expect(screen.getByLabelText('Time zone')).toHaveValue('Asia/Kolkata');
    expect(screen.getByLabelText('Sunday')).toBeChecked();
    expect(screen.getByLabelText('Monday')).not.toBeChecked();
  });

  it('refuses closing before opening, naming the field, and stores nothing', async () => {
    render(<Welcome onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Opens at'), { target: { value: '17:00' } });
    fireEvent.change(screen.getByLabelText('Closes at'), { target: { value: '09:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(await screen.findByText('Closing time: after the opening time')).toBeInTheDocument();
    expect(screen.getByLabelText('Closes at')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('status')).toBeNull();
    expect(await welcomeDone()).toBeNull();
    expect((await loadBusinessHours()).start).toBe('09:00');
  });

  it('can be skipped: nothing is asked, the page closes and is not shown again', async () => {
    const onClose = vi.fn();
    render(<Welcome onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(await welcomeDone()).toMatchObject({ skipped: true });
    expect(await loadSettings()).toEqual({ agentName: '', company: '' });
  });

  it('points to the options page for packs and sites, where everything can be changed later', () => {
    render(<Welcome onClose={() => undefined} />);
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toContain('options.html');
    expect(links).toContain('options.html#sites-title');
    expect(screen.getByRole('link', { name: /pick or import it in Options/ })).toBeInTheDocument();
  });
});

describe('business hours', () => {
  it('default to weekdays nine to five in the browser’s zone', async () => {
    expect(await loadBusinessHours()).toEqual({ days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  });

  it('name what is wrong in a stored value and fall back', () => {
    expect(parseBusinessHours({ days: [1], start: '9am', end: '17:00', timeZone: 'UTC' }).problems).toContainEqual({ field: 'start', message: 'a time such as 09:00' });
    expect(parseBusinessHours({ days: [1], start: '17:00', end: '09:00', timeZone: 'UTC' }).problems).toEqual([{ field: 'end', message: 'after the opening time' }]);
    expect(parseBusinessHours({ days: [1], start: '09:00', end: '17:00', timeZone: 'Mars/Olympus' }).problems[0]?.field).toBe('timeZone');
    expect(parseBusinessHours({ days: [9], start: '09:00', end: '17:00', timeZone: 'UTC' }).problems[0]?.field).toBe('days');
    expect(parseBusinessHours(null).problems.length).toBeGreaterThan(0);
  });
});

describe('on install', () => {
  it('opens the welcome page on a first install, not on an update', async () => {
    openWelcomeOnInstall();
    const urls = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url);
    const before = await urls();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    expect(await urls()).toEqual(before);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await urls()).toEqual([...before, fakeBrowser.runtime.getURL('/welcome.html')]));
  });
});
