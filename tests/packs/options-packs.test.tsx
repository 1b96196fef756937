import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PacksSection } from '@/components/options/packs/PacksSection';
import { LIBRARY_KEY, activePacks, loadLibrary } from '@/lib/packs/store';
import { samplePack } from './helpers';

function packFile(json: unknown, name = 'acme.json'): File {
  return new File([typeof json === 'string' ? json : JSON.stringify(json)], name, { type: 'application/json' });
}

describe('phrase packs in the options page', { timeout: 30_000 }, () => {
  it('lists the built-in pack, which can be turned off but not removed', async () => {
    render(<PacksSection />);
    const builtin = await screen.findByRole('listitem', { name: 'Tactful English' });
    expect(within(builtin).getByText(/\d+\.\d+\.\d+ · Tactful contributors · \d+ phrases · Built in/)).toBeInTheDocument();
    expect(within(builtin).queryByRole('button', { name: /Remove/ })).toBeNull();
    await userEvent.click(within(builtin).getByRole('checkbox', { name: 'Use Tactful English' }));
    await waitFor(async () => expect(await activePacks()).toEqual([]));
  });

  it('imports a file only after showing what it adds', async () => {
    render(<PacksSection />);
    await userEvent.upload(await screen.findByLabelText('Import a pack file'), packFile(samplePack()));
    const preview = await screen.findByLabelText('Preview of Acme support');
    expect(within(preview).getByText('phrases: 3 added; guard rule: 1 added; timescale target: 1 added')).toBeInTheDocument();
    expect(within(preview).getByText(/ack-1 \(acknowledge\): Thanks for letting me know/)).toBeInTheDocument();
    expect((await fakeBrowser.storage.local.get(LIBRARY_KEY))[LIBRARY_KEY]).toBeUndefined();
    await userEvent.click(within(preview).getByRole('button', { name: 'Install this pack' }));
    expect(await screen.findByText('Installed acme-support 1.0.0.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Acme support' })).toBeInTheDocument();
    expect((await activePacks()).map((p) => p.id)).toEqual(['acme-support', 'tactful-en']);
  });

  it('names every problem in a bad file and stores nothing', async () => {
    render(<PacksSection />);
    const bad = samplePack({ format: 2 });
    (bad.phrases as Record<string, unknown>[])[0]!.text = 'Hi {{customer.first}}';
    await userEvent.upload(await screen.findByLabelText('Import a pack file'), packFile(bad, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('bad.json was not imported:');
    expect(alert).toHaveTextContent('format: must be 1, not number 2');
    expect(alert).toHaveTextContent('phrases[0].text (phrase "ack-1"): unknown variable {{customer.first}}');
    expect((await loadLibrary()).packs).toHaveLength(1);
  });

  it('asks for the address\'s origin, previews, then subscribes', async () => {
    const requestOrigin = vi.fn(async () => true);
    const fetcher = vi.fn(async () => new Response(JSON.stringify(samplePack()), { headers: { ETag: '"1"' } })) as unknown as typeof fetch;
    render(<PacksSection fetcher={fetcher} requestOrigin={requestOrigin} />);
    await userEvent.type(await screen.findByLabelText('Subscribe by address (https)'), 'http://packs.example.com/acme.json');
    await userEvent.click(screen.getByRole('button', { name: 'Preview subscription' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Address: must start with https://');
    expect(requestOrigin).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Subscribe by address (https)'));
    await userEvent.type(screen.getByLabelText('Subscribe by address (https)'), 'https://packs.example.com/acme.json');
    await userEvent.click(screen.getByRole('button', { name: 'Preview subscription' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Subscribe' }));
    expect(requestOrigin).toHaveBeenCalledWith('https://packs.example.com/*');
    const row = await screen.findByRole('listitem', { name: 'Acme support' });
    expect(row).toHaveTextContent('Subscribed to https://packs.example.com/acme.json');
  });

  it('shows the administrator\'s settings as locked', async () => {
    await fakeBrowser.storage.managed.set({ disableBuiltinPack: true, allowUserPacks: false });
    render(<PacksSection />);
    const builtin = await screen.findByRole('listitem', { name: 'Tactful English' });
    expect(within(builtin).getByRole('checkbox', { name: 'Use Tactful English' })).toBeDisabled();
    expect(within(builtin).getByRole('checkbox', { name: 'Use Tactful English' })).not.toBeChecked();
    expect(within(builtin).getByText(/Set by your administrator/)).toBeInTheDocument();
    expect(screen.getByText(/adding your own is turned off/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Import a pack file')).toBeNull();
  });

  it('checks the pack in the editor as the lead types, naming the field, with a text-only live preview', async () => {
    render(<PacksSection />);
    await userEvent.click(await screen.findByRole('button', { name: 'Write a new pack' }));
    expect(await screen.findByText('Valid: My team 1.0.0, 1 phrases.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Phrase preview' })).getByText("Thanks, Jordan: I can see your parcel still hasn't arrived.")).toBeInTheDocument();

    const editor = screen.getByLabelText('Pack JSON');
    const json = JSON.parse((editor as HTMLTextAreaElement).value) as Record<string, unknown>;
    (json.phrases as Record<string, unknown>[])[0]!.text = 'Hello <img src=x onerror=window.hacked=1> {{agent.nickname}}';
    json.version = 'next';
    fireEvent.change(editor, { target: { value: JSON.stringify(json) } });
    const problems = await screen.findByRole('alert', { name: 'Problems in the pack' });
    expect(problems).toHaveTextContent('phrases[0].text: contains HTML markup "<img src=x onerror=window.hacked=1>"');
    expect(problems).toHaveTextContent('version: must be a semantic version such as "1.0.0"');
    expect(problems).toHaveTextContent('unknown variable {{agent.nickname}}');
    const preview = screen.getByRole('list', { name: 'Phrase preview' });
    expect(preview).toHaveTextContent('Hello <img src=x onerror=window.hacked=1>');
    expect(preview.querySelector('img')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Export' })).toBeDisabled();
  });

  it('makes a signing key and signs what the editor exports', async () => {
    render(<PacksSection />);
    await userEvent.click(await screen.findByRole('button', { name: 'Create a signing key' }));
    expect(await screen.findByRole('button', { name: 'Export public key (for agents)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Write a new pack' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Sign and export' }));
    expect(await screen.findByText('Signed and exported my-team-1.0.0.json.')).toBeInTheDocument();
    expect((screen.getByLabelText('Pack JSON') as HTMLTextAreaElement).value).toMatch(/"signature": \{\s+"alg": "Ed25519"/);
  });

  it('trusts a lead\'s public key pasted in, and names a bad one', async () => {
    render(<PacksSection />);
    await userEvent.type(await screen.findByLabelText('Whose key'), 'Dana');
    fireEvent.change(screen.getByLabelText('Public key (the contents of tactful-public.jwk)'), { target: { value: '{"kty":"RSA"}' } });
    await userEvent.click(screen.getByRole('button', { name: 'Trust this key' }));
    expect(await screen.findByText('Key: is not an Ed25519 or ECDSA P-256 key.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Public key (the contents of tactful-public.jwk)'), {
      target: { value: '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Trust this key' }));
    expect(await screen.findByText(/Trusting Dana's key \(kPrK_q…rS4k\)\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop trusting Dana' })).toBeInTheDocument();
  });
});
