import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import 'vellum';

/** `<vellum-workspace>`: empty, opened from a content state, and a comparison of linked windows (`pnpm storybook`). */
interface WorkspaceArgs {
  iiifContent?: string;
  catalog?: string;
  /** Pages of the sample book to open, the first two linked. */
  compare?: number[];
}

const fixture = (path: string) => new URL(`/fixtures/${path}`, location.href).href;
const book = fixture('manifests/book.json');

function openComparison(workspace: HTMLElementTagNameMap['vellum-workspace'], pages: number[]) {
  const ids = pages.map((page) => workspace.open({ manifestUrl: book, canvasId: fixture(`manifests/book/canvas/${page}`) }));
  workspace.link(ids.slice(0, 2));
}

const meta: Meta<WorkspaceArgs> = {
  title: 'Workspace',
  render: ({ iiifContent, catalog, compare }) => {
    const workspace = document.createElement('vellum-workspace');
    workspace.style.setProperty('--vellum-height', '720px');
    if (iiifContent) workspace.setAttribute('iiif-content', iiifContent);
    if (catalog) workspace.setAttribute('catalog', catalog);
    if (compare) void workspace.updateComplete.then(() => openComparison(workspace, compare));
    return html`${workspace}`;
  },
};
export default meta;

type Story = StoryObj<WorkspaceArgs>;

export const Empty: Story = {
  args: { catalog: JSON.stringify(['book', 'book-rtl', 'multilingual'].map((name) => ({ url: fixture(`manifests/${name}.json`), label: name }))) },
};

export const FromContentState: Story = {
  args: {
    iiifContent: JSON.stringify({
      id: `${fixture('manifests/book/canvas/2')}#xywh=200,300,800,600`,
      type: 'Canvas',
      partOf: [{ id: book, type: 'Manifest' }],
    }),
  },
};

export const FourPagesTwoLinked: Story = { args: { compare: [3, 4, 5, 6] } };
