/** Cell widths in pixels of each thumbnail size; the virtualiser and the CSS share them. */
export const PORTFOLIO_SIZES = { small: 112, medium: 168, large: 256 } as const;
export type PortfolioSize = keyof typeof PORTFOLIO_SIZES;
export const PORTFOLIO_SIZE_NAMES = Object.keys(PORTFOLIO_SIZES) as PortfolioSize[];

/** Height in pixels of the label line under each thumbnail. */
export const LABEL_HEIGHT = 28;

export interface GridLayout {
  columns: number;
  rows: number;
  /** The cells stretch to share the width exactly. */
  cellWidth: number;
  rowHeight: number;
}

export function gridLayout(count: number, width: number, size: PortfolioSize): GridLayout {
  const wanted = PORTFOLIO_SIZES[size];
  const columns = Math.max(1, Math.floor(width / wanted));
  const cellWidth = width > 0 ? width / columns : wanted;
  return { columns, rows: Math.ceil(count / columns), cellWidth, rowHeight: Math.round(cellWidth) + LABEL_HEIGHT };
}

/**
 * Where a key moves the active cell: arrows by one cell (left and right swap when the grid reads right
 * to left) or one row, PageUp and PageDown by `pageRows` rows, Home and End to the ends. Undefined for other keys.
 */
export function gridMove(index: number, key: string, count: number, layout: GridLayout, pageRows: number, rightToLeft: boolean): number | undefined {
  const { columns } = layout;
  const steps: Record<string, number> = {
    ArrowLeft: rightToLeft ? 1 : -1,
    ArrowRight: rightToLeft ? -1 : 1,
    ArrowUp: -columns,
    ArrowDown: columns,
    PageUp: -columns * Math.max(1, pageRows),
    PageDown: columns * Math.max(1, pageRows),
    Home: -Infinity,
    End: Infinity,
  };
  if (!(key in steps) || count === 0) return undefined;
  return Math.min(count - 1, Math.max(0, index + steps[key]));
}
