export type DrawerKind = 'canvas' | 'webgl';

/** Live WebGL slots allowed on a page; browsers drop the oldest context past about 16, and pages have other uses for some. */
export const WEBGL_SLOT_BUDGET = 12;
/** A clear and read-back of a tiny WebGL canvas slower than this means the GPU is emulated in software. */
const SLOW_PROBE_MS = 50;
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

export interface WebglProbe {
  /** A WebGL context could be made without a major performance caveat. */
  available: boolean;
  renderer: string;
  software: boolean;
  probeMs: number;
}

let probe: WebglProbe | undefined;
let liveWebglSlots = 0;

function slowToDraw(gl: WebGLRenderingContext, start: number): boolean {
  gl.clearColor(1, 0, 0, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  return performance.now() - start > SLOW_PROBE_MS;
}

function measureWebgl(): WebglProbe {
  const start = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  const gl = canvas.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return { available: false, renderer: '', software: true, probeMs: performance.now() - start };
  const debugInfo = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debugInfo ? debugInfo.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  const software = SOFTWARE_RENDERER.test(renderer) || slowToDraw(gl, start);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer, software, probeMs: performance.now() - start };
}

/** What this page's WebGL is like; measured once and cached. */
export function webglProbe(): WebglProbe {
  probe ??= measureWebgl();
  return probe;
}

/** The shared drawer policy: WebGL only on real hardware and while the page's WebGL budget lasts. */
export function chooseDrawer(): DrawerKind {
  return !webglProbe().software && liveWebglSlots < WEBGL_SLOT_BUDGET ? 'webgl' : 'canvas';
}

/** Counts a live WebGL slot against the budget; call the returned function once when it goes. */
export function claimWebglSlot(): () => void {
  liveWebglSlots += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    liveWebglSlots -= 1;
  };
}

export function liveWebglSlotCount(): number {
  return liveWebglSlots;
}
