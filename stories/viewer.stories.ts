import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import 'vellum';

/**
 * The states of `<vellum-viewer>`. Manifests come from the generated fixtures, served under
 * /fixtures/ by the Storybook dev server (`pnpm storybook`).
 */
interface ViewerArgs {
  manifest: string;
  canvas?: string;
  language?: string;
}

const meta: Meta<ViewerArgs> = {
  title: 'Viewer',
  render: ({ manifest, canvas, language }) => html`
    <vellum-viewer manifest=${manifest} canvas=${canvas ?? ''} language=${language ?? ''} style="--vellum-height: 640px"></vellum-viewer>
  `,
  argTypes: {
    manifest: { control: 'text' },
    canvas: { control: 'text' },
    language: { control: 'select', options: ['', 'en', 'fr', 'de', 'ja'] },
  },
};
export default meta;

type Story = StoryObj<ViewerArgs>;

const fixture = (path: string) => new URL(`/fixtures/${path}`, location.href).href;

export const Book: Story = { args: { manifest: fixture('manifests/book.json') } };

export const RightToLeft: Story = { args: { manifest: fixture('manifests/book-rtl.json'), canvas: '3' } };

export const Loading: Story = { args: { manifest: fixture('manifests/book.json?delay=60000') } };

export const NotFound: Story = { args: { manifest: fixture('status/404') } };

export const NotIiif: Story = { args: { manifest: fixture('bad/not-iiif.json') } };

export const HugeManifest: Story = { args: { manifest: fixture('manifests/many-10000.json'), canvas: '9999' } };

export const Multilingual: Story = { args: { manifest: fixture('manifests/multilingual.json'), language: 'fr' } };

export const HostileMetadata: Story = { args: { manifest: fixture('manifests/html-metadata.json') } };

/** A collection: the viewer browses it first, then shows the manifest chosen, with a way back. */
export const Collection: Story = { args: { manifest: fixture('collection.json') } };
