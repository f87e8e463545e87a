// Geometry of the årshjul drawing: where on the circle a date falls and which lane a marker takes
// so that steps due close together do not cover each other. Presentation only; the dates
// themselves come from the cycle (core).
import type { Step } from '../core/calendar/schemas.js';

const DAY = 86_400_000;

/** Degrees clockwise from the top (1 January) for a date; a date in the year after wraps round. */
export function angleOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y, m - 1, d) - start) / DAY;
  const length = (Date.UTC(y + 1, 0, 1) - start) / DAY;
  return (days / length) * 360;
}

export function point(angle: number, radius: number): { x: number; y: number } {
  const rad = ((angle - 90) * Math.PI) / 180;
  return { x: Math.round(radius * Math.cos(rad) * 10) / 10, y: Math.round(radius * Math.sin(rad) * 10) / 10 };
}

export interface Marker {
  step: Step;
  angle: number;
  lane: number;
}

/** Each step on its angle, in the first lane where no marker within `gap` degrees sits already. */
export function lanes(steps: readonly Step[], gap: number): Marker[] {
  const placed: Marker[] = [];
  for (const step of [...steps].sort((a, b) => a.due.localeCompare(b.due))) {
    const angle = angleOf(step.due);
    let lane = 0;
    const near = (m: Marker) => {
      const diff = Math.abs(m.angle - angle);
      return Math.min(diff, 360 - diff) < gap;
    };
    while (placed.some((m) => m.lane === lane && near(m))) lane++;
    placed.push({ step, angle, lane });
  }
  return placed;
}
