import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Options } from '@/components/options/Options';
import { openDatabase } from '@/lib/db';

// The list of built-in helpdesk sites arrives broken: the Sites section cannot render.
vi.mock('@/lib/adapters/hosts', () => ({ HOSTED_HELPDESK_MATCHES: undefined }));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error too
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the options page, when one section fails', () => {
  it('names that section and keeps the others usable', async () => {
    const db = openDatabase('options-boundaries-test');
    render(<Options db={db} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^“Sites” couldn't be shown: .+The rest of Tactful still works\.$/);
    expect(screen.getByLabelText('Your name, as you sign replies')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export history' })).toBeInTheDocument();
    db.close();
    await db.delete();
  });
});
