import { ShapeType, type Shape } from '@annotorious/openseadragon';
import type { ImagePlacement } from '@vellum/engine';

type Point = [number, number];

export function inversePlacement({ x, y, scale }: ImagePlacement): ImagePlacement {
  return { x: -x / scale, y: -y / scale, scale: 1 / scale };
}

/** An Annotorious shape moved by a placement: from image pixels to canvas units, or back with the inverse. */
export function placeShape<S extends Shape>(shape: S, placement: ImagePlacement): S {
  const { x, y, scale } = placement;
  const point = ([px, py]: readonly number[]): Point => [x + scale * px, y + scale * py];
  const geometry = shape.geometry as unknown as Record<string, unknown> & Shape['geometry'];
  const [minX, minY] = point([geometry.bounds.minX, geometry.bounds.minY]);
  const [maxX, maxY] = point([geometry.bounds.maxX, geometry.bounds.maxY]);
  const moved: Record<string, unknown> = { ...geometry, bounds: { minX, minY, maxX, maxY } };
  switch (shape.type) {
    case ShapeType.RECTANGLE: {
      [moved.x, moved.y] = point([geometry.x as number, geometry.y as number]);
      moved.w = scale * (geometry.w as number);
      moved.h = scale * (geometry.h as number);
      break;
    }
    case ShapeType.ELLIPSE: {
      [moved.cx, moved.cy] = point([geometry.cx as number, geometry.cy as number]);
      moved.rx = scale * (geometry.rx as number);
      moved.ry = scale * (geometry.ry as number);
      break;
    }
    case ShapeType.POLYGON:
    case ShapeType.LINE:
      moved.points = (geometry.points as Point[]).map(point);
      break;
    case ShapeType.POLYLINE:
      moved.points = (geometry.points as { point: Point; inHandle?: Point; outHandle?: Point }[]).map((corner) => ({
        ...corner,
        point: point(corner.point),
        ...(corner.inHandle && { inHandle: point(corner.inHandle) }),
        ...(corner.outHandle && { outHandle: point(corner.outHandle) }),
      }));
      break;
    case ShapeType.MULTIPOLYGON:
      moved.polygons = (geometry.polygons as { rings: { points: Point[] }[] }[]).map((polygon) => {
        const rings = polygon.rings.map((ring) => ({ ...ring, points: ring.points.map(point) }));
        const all = rings.flatMap((ring) => ring.points);
        const xs = all.map(([px]) => px);
        const ys = all.map(([, py]) => py);
        return { ...polygon, rings, bounds: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) } };
      });
      break;
  }
  return { ...shape, geometry: moved };
}
