/** A binary tiling of windows: a leaf is a window id, a split divides its area between two subtrees. */
export type MosaicDirection = 'row' | 'column';

export interface MosaicSplit {
  direction: MosaicDirection;
  /** Share of the first subtree, in [MIN_RATIO, 1 - MIN_RATIO]. */
  ratio: number;
  first: MosaicNode;
  second: MosaicNode;
}

export type MosaicNode = string | MosaicSplit;

/** Where to put a window next to another one. */
export type MosaicSide = 'left' | 'right' | 'top' | 'bottom';

export type MosaicPath = ('first' | 'second')[];

export const MIN_RATIO = 0.1;

export const clampRatio = (ratio: number): number =>
  Number.isFinite(ratio) ? Math.min(1 - MIN_RATIO, Math.max(MIN_RATIO, ratio)) : 0.5;

/** Window ids in reading order. */
export function mosaicLeaves(node: MosaicNode | null): string[] {
  if (node === null) return [];
  return typeof node === 'string' ? [node] : [...mosaicLeaves(node.first), ...mosaicLeaves(node.second)];
}

function split(existing: MosaicNode, added: string, side: MosaicSide): MosaicSplit {
  const direction = side === 'left' || side === 'right' ? 'row' : 'column';
  const addedFirst = side === 'left' || side === 'top';
  return { direction, ratio: 0.5, first: addedFirst ? added : existing, second: addedFirst ? existing : added };
}

function shallowestLeaf(node: MosaicNode, depth = 0): { id: string; depth: number } {
  if (typeof node === 'string') return { id: node, depth };
  const first = shallowestLeaf(node.first, depth + 1);
  const second = shallowestLeaf(node.second, depth + 1);
  return second.depth < first.depth ? second : first;
}

function replaceLeaf(node: MosaicNode, id: string, replacement: (leaf: string) => MosaicNode): MosaicNode {
  if (typeof node === 'string') return node === id ? replacement(node) : node;
  const first = replaceLeaf(node.first, id, replacement);
  const second = replaceLeaf(node.second, id, replacement);
  return first === node.first && second === node.second ? node : { ...node, first, second };
}

/**
 * Adds a window beside `targetId` (on `side`), or, without a target, beside the shallowest window so that
 * the tiles stay balanced: side by side at even depths, stacked at odd ones.
 */
export function mosaicInsert(node: MosaicNode | null, id: string, targetId?: string, side?: MosaicSide): MosaicNode {
  if (node === null) return id;
  if (targetId && mosaicLeaves(node).includes(targetId)) return replaceLeaf(node, targetId, (leaf) => split(leaf, id, side ?? 'right'));
  const target = shallowestLeaf(node);
  return replaceLeaf(node, target.id, (leaf) => split(leaf, id, side ?? (target.depth % 2 === 0 ? 'right' : 'bottom')));
}

export function mosaicRemove(node: MosaicNode | null, id: string): MosaicNode | null {
  if (node === null || node === id) return null;
  if (typeof node === 'string') return node;
  if (node.first === id) return node.second;
  if (node.second === id) return node.first;
  const first = mosaicRemove(node.first, id);
  const second = mosaicRemove(node.second, id);
  if (first === node.first && second === node.second) return node;
  return { ...node, first: first ?? node.second, second: second ?? node.first };
}

/** Moves a window next to another one; the rest of the tree keeps its shape. */
export function mosaicMove(node: MosaicNode | null, id: string, targetId: string, side: MosaicSide): MosaicNode | null {
  const leaves = mosaicLeaves(node);
  if (id === targetId || !leaves.includes(id) || !leaves.includes(targetId)) return node;
  return mosaicInsert(mosaicRemove(node, id), id, targetId, side);
}

export function mosaicSetRatio(node: MosaicNode | null, path: MosaicPath, ratio: number): MosaicNode | null {
  if (node === null || typeof node === 'string') return node;
  if (path.length === 0) {
    const clamped = clampRatio(ratio);
    return clamped === node.ratio ? node : { ...node, ratio: clamped };
  }
  const [step, ...rest] = path;
  const child = mosaicSetRatio(node[step], rest, ratio);
  return child === node[step] || child === null ? node : { ...node, [step]: child };
}

/** A tree with the windows in order, for states saved before the mosaic existed. */
export function mosaicOf(windowIds: readonly string[]): MosaicNode | null {
  return windowIds.reduce<MosaicNode | null>((tree, id) => mosaicInsert(tree, id), null);
}

export function isMosaicNode(value: unknown): value is MosaicNode {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  return (
    (node.direction === 'row' || node.direction === 'column') &&
    typeof node.ratio === 'number' &&
    node.ratio > 0 &&
    node.ratio < 1 &&
    isMosaicNode(node.first) &&
    isMosaicNode(node.second)
  );
}
