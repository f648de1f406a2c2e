/**
 * Per-window image adjustments. Percentages follow the CSS filter functions of the same name
 * (100 leaves brightness, contrast and saturation unchanged; 0 leaves grayscale and invert off).
 * Gamma above 1 lightens the mid-tones; sharpness is the strength of an unsharp kernel, 0 to 100.
 */
export interface Adjustments {
  brightness: number;
  contrast: number;
  saturation: number;
  grayscale: number;
  invert: number;
  gamma: number;
  sharpness: number;
}

export type AdjustmentName = keyof Adjustments;

export interface AdjustmentRange {
  min: number;
  max: number;
  step: number;
}

export const ADJUSTMENT_RANGES: Readonly<Record<AdjustmentName, AdjustmentRange>> = {
  brightness: { min: 0, max: 200, step: 1 },
  contrast: { min: 0, max: 300, step: 1 },
  saturation: { min: 0, max: 300, step: 1 },
  grayscale: { min: 0, max: 100, step: 1 },
  invert: { min: 0, max: 100, step: 1 },
  gamma: { min: 0.2, max: 5, step: 0.05 },
  sharpness: { min: 0, max: 100, step: 1 },
};

export const ADJUSTMENT_NAMES = Object.keys(ADJUSTMENT_RANGES) as AdjustmentName[];

export const DEFAULT_ADJUSTMENTS: Readonly<Adjustments> = Object.freeze({
  brightness: 100,
  contrast: 100,
  saturation: 100,
  grayscale: 0,
  invert: 0,
  gamma: 1,
  sharpness: 0,
});

/** A preset replaces every adjustment (those it leaves out return to their defaults); some also flip the image. */
export interface Preset {
  adjustments: Partial<Adjustments>;
  flipped?: boolean;
}

export const PRESETS = {
  /** Dark, crisp strokes from pale iron-gall ink. */
  'faded-ink': { adjustments: { contrast: 170, grayscale: 100, gamma: 0.7, sharpness: 40 } },
  /** Text bleeding through from the other side: washed-out paper, strong strokes, read the right way round. */
  'show-through': { adjustments: { brightness: 120, contrast: 240, grayscale: 100 }, flipped: true },
  'high-contrast': { adjustments: { contrast: 200, saturation: 120 } },
  negative: { adjustments: { invert: 100, grayscale: 100 } },
} satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;

export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/** Brings a value into its range; anything that is not a finite number becomes the default. */
export function clampAdjustment(name: AdjustmentName, value: number): number {
  const { min, max } = ADJUSTMENT_RANGES[name];
  if (!Number.isFinite(value)) return DEFAULT_ADJUSTMENTS[name];
  return Math.min(max, Math.max(min, value));
}

/** Full, clamped adjustments from a partial set; missing values take their defaults. */
export function clampAdjustments(values: Partial<Record<AdjustmentName, number>>): Adjustments {
  const result = { ...DEFAULT_ADJUSTMENTS };
  for (const name of ADJUSTMENT_NAMES) {
    const value = values[name];
    if (value !== undefined) result[name] = clampAdjustment(name, value);
  }
  return result;
}

export function isDefaultAdjustments(adjustments: Adjustments): boolean {
  return ADJUSTMENT_NAMES.every((name) => adjustments[name] === DEFAULT_ADJUSTMENTS[name]);
}
